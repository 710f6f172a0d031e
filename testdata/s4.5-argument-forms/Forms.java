// S4.5: an argument counts as passed directly to a trampoline also when it is parenthesized,
// cast, or a branch of a conditional expression. Passed through another call (wrap(...)) it is
// not: it runs where it is created.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}

  @SystemStack
  static void freeAll() {}
}

class Forms {
  static Runnable wrap(Runnable fn) {
    return fn;
  }

  static void work(boolean fast) {
    systemstack((() -> Stack.stackfree(1)));
    systemstack((Runnable) () -> Stack.stackfree(2));
    systemstack(fast ? () -> Stack.stackfree(3) : Stack::freeAll);
    systemstack(fast ? ((Runnable) Stack::freeAll) : (fast ? null : () -> Stack.stackfree(4)));
    systemstack(wrap(() -> Stack.stackfree(5))); // want: SystemStack path: work -> lambda$5 -> stackfree
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
