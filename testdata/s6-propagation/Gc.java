// S6: roots run on a user stack; @SystemStack bodies and the targets of trampoline edges run on
// the system stack; an ordinary edge gives its target every context of its source, except that a
// @SystemStack body runs only on the system stack. So a helper reached both ways is reported,
// and a violation is reported once, at the call into @SystemStack code, not again in its callees.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {
    cacheRelease(n);
  }

  static void cacheRelease(long n) {
    stackfreeSlow(n);
  }

  @SystemStack
  static void stackfreeSlow(long n) {}
}

class Gc {
  public static void main(String[] args) {
    systemstack(() -> sweep(1));
    sweep(2);
    shrink();
  }

  static void sweep(int n) {
    release(n);
  }

  static void release(int n) {
    Stack.stackfree(n); // want: SystemStack path: main -> sweep -> release -> stackfree
  }

  static void shrink() {
    systemstack(() -> release(3));
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
