// S4.6: an effectively final local variable initialized with a lambda, method reference or
// anonymous class and then passed to a trampoline counts as passing the deferred body itself.
// Any other use of the variable adds the ordinary edge as well. Reassigned variables, copies in
// other variables and fields are not followed.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}

  @SystemStack
  static void freeAll() {}
}

class Locals {
  static final Runnable FIELD = () -> Stack.stackfree(1); // want: SystemStack path: <clinit> -> lambda$1 -> stackfree

  public static void main(String[] args) {
    Runnable free = () -> Stack.stackfree(2);
    systemstack(free);
    Runnable byReference = Stack::freeAll;
    systemstack(byReference);
    final Runnable byAnonymous =
        new Runnable() {
          @Override
          public void run() {
            Stack.stackfree(3);
          }
        };
    systemstack(byAnonymous);
    Runnable alsoRunHere = () -> Stack.stackfree(4); // want: SystemStack path: main -> lambda$2 -> stackfree
    systemstack(alsoRunHere);
    alsoRunHere.run();
    Runnable reassigned = () -> Stack.stackfree(5); // want: SystemStack path: main -> lambda$3 -> stackfree
    reassigned = () -> {};
    systemstack(reassigned);
    Runnable original = () -> Stack.stackfree(6); // want: SystemStack path: main -> lambda$5 -> stackfree
    Runnable copy = original;
    systemstack(copy);
    systemstack(FIELD);
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
