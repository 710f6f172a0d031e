// S3.2: a lambda, a method reference or an anonymous class that implements a @SystemStack
// interface method is @SystemStack: its body runs on the system stack. Creating such an object is
// never a violation; calling its method from code that may run on a user stack is.
import dev.stackcheck.annotations.SystemStack;

interface StackOp {
  @SystemStack
  void apply(long n);
}

class Stack {
  @SystemStack
  static void stackfree(long n) {}

  static void release(long n) {
    stackfree(n);
  }
}

class StackOps {
  public static void main(String[] args) {
    StackOp byLambda = n -> Stack.stackfree(n);
    StackOp byReference = Stack::stackfree;
    StackOp byHelper = Stack::release;
    StackOp byAnonymous =
        new StackOp() {
          @Override
          public void apply(long n) {
            Stack.stackfree(n);
          }
        };
    byLambda.apply(1); // want: SystemStack "StackOp.apply\(long\)"
    systemstack(() -> byReference.apply(2));
    systemstack(() -> byHelper.apply(3));
    systemstack(() -> byAnonymous.apply(4));
    withOp(n -> Stack.stackfree(n));
  }

  /** Receives a @SystemStack function and calls it on a user stack. */
  static void withOp(StackOp op) {
    op.apply(5); // want: SystemStack path: main -> withOp -> apply
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
