// S3.3: a method reference passed to a @Trampoline method runs its target on the system stack.
// The same reference that is not passed to a trampoline is an ordinary edge, reported at the
// reference (S4.7).
import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.annotations.Trampoline;

class Stack {
  @SystemStack
  static void stackfreeAll() {}
}

final class Stubs {
  @Trampoline
  static void onSystemStack(Runnable fn) {
    fn.run();
  }
}

class Gc {
  private final long[] stacks = new long[4];

  public static void main(String[] args) {
    Stubs.onSystemStack(Stack::stackfreeAll);
    Stubs.onSystemStack(Gc::freeStacks);
    Gc gc = new Gc();
    Stubs.onSystemStack(gc::clear);
    Runnable later = Stack::stackfreeAll; // want: SystemStack "method reference"
    later.run();
  }

  /** Reached only through the trampoline. */
  static void freeStacks() {
    Stack.stackfreeAll();
  }

  void clear() {
    stacks[0] = 0;
    Stack.stackfreeAll();
  }
}
