// S3.4: with default-trampolines=false a method named `systemstack` is an ordinary method; only
// annotated trampolines count.
import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.annotations.Trampoline;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Proc {
  static void systemstack(Runnable fn) {
    fn.run();
  }

  @Trampoline
  static void annotated(Runnable fn) {
    fn.run();
  }

  public static void main(String[] args) {
    systemstack(() -> Stack.stackfree(1)); // want: SystemStack path: main -> lambda$1 -> stackfree
    annotated(() -> Stack.stackfree(2));
  }
}
