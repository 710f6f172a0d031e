// S5.4: in mode all, every method and constructor that is not @SystemStack is a root unless all
// its incoming edges are trampoline edges. Every direct call from an unannotated method to a
// @SystemStack method is reported, so helpers of system-stack code must be annotated themselves.
// Lambdas and anonymous classes still take the contexts of their creator.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Gc {
  Gc() {
    Stack.stackfree(1); // want: SystemStack path: Gc -> stackfree
  }

  private void markroot() {
    freeStacks();
    annotatedHelper();
  }

  private void freeStacks() {
    Stack.stackfree(2); // want: SystemStack path: freeStacks -> stackfree
  }

  @SystemStack
  private void annotatedHelper() {
    Stack.stackfree(3);
  }

  private void onlyTrampolined() {
    Stack.stackfree(4);
  }

  void start() {
    systemstack(this::onlyTrampolined);
    systemstack(this::markroot);
    systemstack(() -> Stack.stackfree(5));
    Runnable here = () -> Stack.stackfree(6); // want: SystemStack path: start -> lambda$2 -> stackfree
    here.run();
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
