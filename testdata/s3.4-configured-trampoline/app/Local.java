// S3.4: `trampolines=vendor.Executor#onSystemStack, app.Local.Runner#go` in stackcheck.properties
// makes a compiled library method and a nested source method trampolines without annotations.
package app;

import dev.stackcheck.annotations.SystemStack;
import vendor.Executor;

class Local {
  @SystemStack
  static void stackfree(long n) {}

  static final class Runner {
    static void go(Runnable fn) {
      fn.run();
    }
  }

  public static void main(String[] args) {
    Executor.onSystemStack(() -> stackfree(1));
    Runner.go(() -> stackfree(2));
    Executor.onUserStack(() -> stackfree(3)); // want: SystemStack path: main -> lambda$3 -> stackfree
  }
}
