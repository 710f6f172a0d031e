// S3.3: a lambda passed as an argument to a @Trampoline method runs on the system stack. A lambda
// that is not passed to a trampoline runs where it is created. The trampoline itself may be
// called from any context.
import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.annotations.Trampoline;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

final class Stubs {
  @Trampoline
  static void onSystemStack(Runnable fn) {
    fn.run();
  }
}

class Gc {
  public static void main(String[] args) {
    Stubs.onSystemStack(() -> Stack.stackfree(1));
    Stubs.onSystemStack(
        () -> {
          Stack.stackfree(2);
          drain();
        });
    Stack.stackfree(3); // want: SystemStack path: main -> stackfree
    later().run();
  }

  /** Only reached through the trampoline: runs on the system stack, needs no annotation. */
  static void drain() {
    Stack.stackfree(4);
  }

  static Runnable later() {
    return () -> Stack.stackfree(5); // want: SystemStack path: main -> later -> lambda$1 -> stackfree
  }
}
