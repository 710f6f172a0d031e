// S4.6: a local variable initialized with a deferred body counts whatever form S4.5 accepts for
// an argument the initializer has: parenthesized, cast, a branch of a conditional, or a result
// of a switch expression. Every deferred body it may hold follows the variable's uses.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Initializers {
  static void systemstack(Runnable fn) {
    fn.run();
  }

  static void free() {
    Stack.stackfree(1);
  }

  public static void main(String[] args) {
    Runnable cast = (Runnable) (() -> Stack.stackfree(2));
    systemstack(cast);
    Runnable either = args.length > 0 ? () -> Stack.stackfree(3) : (Initializers::free);
    systemstack(either);
    Runnable chosen =
        switch (args.length) {
          case 0 -> () -> Stack.stackfree(4);
          default -> {
            yield () -> Stack.stackfree(5);
          }
        };
    systemstack(chosen);
    Runnable alsoHere = args.length > 1 ? () -> Stack.stackfree(6) : () -> Stack.stackfree(7); // want: SystemStack path: main -> lambda$5 -> stackfree want: SystemStack path: main -> lambda$6 -> stackfree
    systemstack(alsoHere);
    alsoHere.run();
  }
}
