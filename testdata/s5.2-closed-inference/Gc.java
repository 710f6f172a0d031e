// S5.2: in mode closed (the default) the sources are the whole program. A helper that is only
// ever called on the system stack runs there and needs no annotation; a helper that is also
// called on a user stack is reported at its call.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Gc {
  public static void main(String[] args) {
    systemstack(Gc::markroot);
    systemstack(() -> shared(1));
    shared(2);
  }

  static void markroot() {
    freeStacks();
  }

  static void freeStacks() {
    Stack.stackfree(1);
  }

  public static void shared(int n) {
    Stack.stackfree(n); // want: SystemStack path: main -> shared -> stackfree
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
