// S4.5: only functional-interface parameters of a trampoline are trampoline parameters. What is
// passed for an Object, class-typed or array (varargs) parameter of a trampoline is not run on
// the system stack.
import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.annotations.Trampoline;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class FreeTask implements Runnable {
  @Override
  public void run() {
    Stack.stackfree(1); // want: SystemStack path: main -> onSystemStackAll -> run -> stackfree
  }
}

class Tasks {
  @Trampoline
  static void onSystemStack(Runnable fn, Object tag, FreeTask task) {
    fn.run();
  }

  /**
   * An array (or varargs) of functions is not a functional-interface parameter either; its
   * elements' run() dispatches like any call (S4.2), here to FreeTask.run().
   */
  @Trampoline
  static void onSystemStackAll(Runnable... fns) {
    for (Runnable fn : fns) {
      fn.run();
    }
  }

  public static void main(String[] args) {
    onSystemStack(
        () -> Stack.stackfree(2),
        (Runnable) () -> Stack.stackfree(3), // want: SystemStack path: main -> lambda$2 -> stackfree
        new FreeTask());
    onSystemStackAll(() -> Stack.stackfree(4)); // want: SystemStack path: main -> lambda$3 -> stackfree
  }
}
