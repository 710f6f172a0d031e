// S3.3b: @SystemStack on a functional-interface parameter makes only that parameter a trampoline
// parameter. The other parameter of the same method is ordinary.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Sched {
  static void switchAndRun(@SystemStack Runnable onSystem, Runnable onUser) {
    onSystem.run();
    onUser.run();
  }

  public static void main(String[] args) {
    switchAndRun(
        () -> Stack.stackfree(1),
        () -> Stack.stackfree(2)); // want: SystemStack path: main -> lambda$2 -> stackfree
    switchAndRun(Sched::free, Sched::free); // want: SystemStack "method reference"
  }

  @SystemStack
  static void free() {}
}
