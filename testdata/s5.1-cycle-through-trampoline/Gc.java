// S5.1: a lambda is never a root of its own: it runs where its creator lets it run (S4.5). In a
// cycle that nothing outside calls, the named methods are roots, but a lambda that the cycle
// passes to a trampoline still runs only on the system stack.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Gc {
  /** Uncalled and recursive through the trampoline: a root; the lambda is not. */
  static void worker(int rounds) {
    systemstack(
        () -> {
          Stack.stackfree(rounds);
          if (rounds > 0) {
            worker(rounds - 1);
          }
        });
    Stack.stackfree(0); // want: SystemStack path: worker -> stackfree
  }

  /** A @SystemStack method that recurses through a trampoline: nothing here is a root. */
  @SystemStack
  static void drain(int rounds) {
    systemstack(
        () -> {
          if (rounds > 0) {
            drain(rounds - 1);
          }
        });
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
