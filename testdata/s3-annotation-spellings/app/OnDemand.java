package app;

import dev.stackcheck.annotations.*;

class OnDemand {
  @SystemStack
  static void stackalloc(long n) {}

  @Trampoline
  static void onSystem(Runnable fn) {
    fn.run();
  }
}
