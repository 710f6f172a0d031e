// S3.4: a method named `systemstack` whose parameter is a functional interface is a trampoline
// without any annotation. A `systemstack` method whose parameter is not a functional interface
// is not.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Proc {
  static void systemstack(Runnable fn) {
    fn.run();
  }

  /** Not a functional-interface parameter: not a trampoline. */
  static void systemstack(Object token) {}

  public static void main(String[] args) {
    systemstack(() -> Stack.stackfree(1));
    systemstack((Object) new Object() {
      @Override
      public String toString() {
        Stack.stackfree(2); // want: SystemStack
        return "token";
      }
    });
  }
}
