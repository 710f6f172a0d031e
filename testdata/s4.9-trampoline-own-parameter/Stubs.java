// S4.9: inside a trampoline's own body (and the lambdas it creates), calls on its trampoline
// parameters create no edges: what is passed is already connected from the caller (S4.5). A
// method that is not a trampoline dispatches its parameter's calls to named implementations.
import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.annotations.Trampoline;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class SystemTask implements Runnable {
  @Override
  public void run() {
    Stack.stackfree(1);
  }
}

interface Work {
  void run();
}

interface Section {
  void enter();
}

class UserTask implements Work {
  @Override
  public void run() {
    Stack.stackfree(2); // want: SystemStack path: main -> runHere -> run -> stackfree
  }
}

class Stubs {
  @Trampoline
  static void onSystemStack(Runnable fn) {
    fn.run();
    locked(() -> fn.run());
  }

  static void locked(Section section) {
    section.enter();
  }

  static void runHere(Work work) {
    work.run();
  }

  public static void main(String[] args) {
    onSystemStack(new SystemTask());
    runHere(new UserTask());
  }
}
