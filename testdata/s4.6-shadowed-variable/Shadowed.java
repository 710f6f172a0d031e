// S4.6: only uses of the variable itself count as "other uses". A parameter, local variable or
// field of an anonymous or local class may have the same name (Java lets it shadow the enclosing
// method's local); calling that one does not run the deferred body passed to the trampoline.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Shadowed {
  static void systemstack(Runnable fn) {
    fn.run();
  }

  public static void main(String[] args) {
    Runnable free = () -> Stack.stackfree(1);
    systemstack(free);
    Object byParameter =
        new Object() {
          void call(Runnable free) {
            free.run();
          }
        };
    class ByLocal {
      void call() {
        Runnable free = () -> {};
        free.run();
      }
    }
    Object byField =
        new Object() {
          final Runnable free = () -> {};

          void call() {
            free.run();
          }
        };
    for (Runnable loop = () -> Stack.stackfree(2); ; ) {
      systemstack(loop);
      break;
    }
    Runnable captured = () -> Stack.stackfree(3); // want: SystemStack path: main -> lambda$3 -> stackfree
    systemstack(captured);
    Object reallyCaptured =
        new Object() {
          void call() {
            captured.run();
          }
        };
  }
}
