package rt;

import dev.stackcheck.annotations.SystemStack;

public final class Stack {
  private Stack() {}

  @SystemStack
  public static void stackfree(long n) {}

  @SystemStack
  public static void stackalloc(long n) {}

  public static void stackinfo() {}
}
