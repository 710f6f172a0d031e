// S3.3b: Java gives the canonical constructor of a record the annotations of its components
// (JLS 8.10.4), so a @SystemStack component of a functional-interface type is a trampoline
// parameter of it, implicit or compact; calls on it in the compact constructor create no edge
// (S4.9).
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

record Job(@SystemStack Runnable onSystem, Runnable onUser) {}

record Task(@SystemStack Runnable onSystem) {
  Task {
    onSystem.run();
  }
}

class Records {
  static void release() {
    Stack.stackfree(1);
  }

  public static void main(String[] args) {
    new Job(() -> Stack.stackfree(2), () -> Stack.stackfree(3)); // want: SystemStack path: main -> lambda$2 -> stackfree
    new Task(() -> Stack.stackfree(4));
    new Task(Records::release);
  }
}
