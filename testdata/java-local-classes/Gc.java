// Java construct (S1, S3.3): local classes, records and interfaces are named types declared in a
// method. Two methods may declare local classes with the same name; they are different types. A
// local class instance passed to a trampoline runs its method there, and calls dispatch to
// overrides in local subclasses.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Gc {
  static void onSystem() {
    class Helper implements Runnable {
      @Override
      public void run() {
        Stack.stackfree(1);
      }
    }
    systemstack(new Helper());
  }

  static void onUser() {
    class Helper {
      void run() {
        Stack.stackfree(2); // want: SystemStack path: main -> onUser -> run -> stackfree
      }
    }
    new Helper().run();
    record Frame(long pc) {
      void free() {
        Stack.stackfree(pc); // want: SystemStack path: main -> onUser -> free -> stackfree
      }
    }
    new Frame(3).free();
    interface Freer {
      @SystemStack
      void free(long n);
    }
    Freer freer = n -> Stack.stackfree(n);
    systemstack(() -> freer.free(4));
  }

  static void hierarchy() {
    class Step {
      void step() {}

      void run() {
        step(); // want: SystemStack "may dispatch to @SystemStack Gc.hierarchy\(\)\$FastStep.step\(\)"
      }
    }
    class FastStep extends Step {
      @Override
      @SystemStack
      void step() {}
    }
    new Step().run();
    FastStep fast = new FastStep();
    systemstack(() -> fast.step());
  }

  public static void main(String[] args) {
    onSystem();
    onUser();
    hierarchy();
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
