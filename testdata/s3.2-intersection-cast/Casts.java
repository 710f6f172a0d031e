// S3.2: a lambda or method reference cast to an intersection type ((Op & Serializable) () -> ...)
// implements the functional interface among the intersection's elements; when its method is
// @SystemStack, the lambda runs on the system stack and creating it is not a violation.
import dev.stackcheck.annotations.SystemStack;
import java.io.Serializable;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

interface Op {
  @SystemStack
  void apply();
}

class Casts {
  static void release() {
    Stack.stackfree(1);
  }

  public static void main(String[] args) {
    Op lambda = (Op & Serializable) () -> Stack.stackfree(2);
    Op reference = (Serializable & Op) (Casts::release);
    Runnable plain = (Runnable & Serializable) () -> Stack.stackfree(3); // want: SystemStack path: main -> lambda$2 -> stackfree
    lambda.apply(); // want: SystemStack "calls @SystemStack Op.apply\(\)"
    reference.apply(); // want: SystemStack
    plain.run();
  }
}
