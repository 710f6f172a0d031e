// S3.3: `new T(...)` of a named class passed to a @Trampoline method: T's implementation of the
// parameter's interface method runs on the system stack (also when T inherits it). The
// constructor itself runs where the expression is evaluated.
import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.annotations.Trampoline;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

final class Stubs {
  @Trampoline
  static void onSystemStack(Runnable fn) {
    fn.run();
  }
}

class FreeTask implements Runnable {
  private final long n;

  FreeTask(long n) {
    this.n = n;
  }

  @Override
  public void run() {
    Stack.stackfree(n);
  }
}

class TracedFreeTask extends FreeTask {
  TracedFreeTask() {
    super(7);
    Stack.stackfree(8); // want: SystemStack path: main -> TracedFreeTask -> stackfree
  }
}

class Gc {
  public static void main(String[] args) {
    Stubs.onSystemStack(new FreeTask(1));
    Stubs.onSystemStack(new TracedFreeTask());
  }
}
