package rt;

import dev.stackcheck.annotations.SystemStack;

final class Mem {
  private Mem() {}

  @SystemStack
  static void memclr(long n) {}

  static void memmove(long n) {}
}
