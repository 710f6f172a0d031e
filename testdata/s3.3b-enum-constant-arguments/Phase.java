// S3.3b, S4.3: an enum constant's arguments are passed to the enum's constructor; what it takes
// for a @SystemStack parameter runs on the system stack, as in any other call.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

enum Phase {
  MARK(() -> Stack.stackfree(1), () -> Stack.stackfree(2)), // want: SystemStack path: <clinit> -> lambda$2 -> stackfree
  SWEEP(Phase::release, Phase::idle);

  Phase(@SystemStack Runnable onSystem, Runnable onUser) {}

  static void release() {
    Stack.stackfree(3);
  }

  static void idle() {}

  public static void main(String[] args) {
    MARK.ordinal();
  }
}
