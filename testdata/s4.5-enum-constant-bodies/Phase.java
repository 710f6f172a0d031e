// S4.5: the body of an enum constant is not a deferred body created by the enum's static
// initializer: it is a named subclass of the enum, reached by virtual dispatch (S4.2). MARK.run()
// is only called on the system stack, so it is clean although <clinit> (a root) creates MARK.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

enum Phase {
  MARK {
    @Override
    void run() {
      Stack.stackfree(1);
    }
  },
  SWEEP {
    @Override
    @SystemStack
    void run() {}

    @Override
    @SystemStack
    void describe() {}
  },
  IDLE;

  void run() {}

  void describe() {}
}

class Gc {
  public static void main(String[] args) {
    systemstack(
        () -> {
          for (Phase phase : Phase.values()) {
            phase.run();
          }
        });
    Phase.IDLE.describe(); // want: SystemStack "may dispatch to @SystemStack Phase.SWEEP.describe\(\)"
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
