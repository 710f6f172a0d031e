// S7.5: @SuppressWarnings("SystemStack") or @SuppressWarnings("stackcheck") on a method,
// constructor, type or local variable declaration hides the violations in its textual scope,
// lambdas and nested classes included. It does not stop propagation: a callee outside the
// suppressed scope is still reported, with the suppressed method on its path.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}

  @SystemStack
  static long[] stackalloc(int n) {
    return new long[n];
  }
}

class Span {
  @SystemStack
  Span() {}
}

/** On a type, it covers the implicit super() of the default constructor too. */
@SuppressWarnings("SystemStack")
class QuietSpan extends Span {}

class LoudSpan extends Span {} // want: SystemStack

class Gc {
  /** We also honour it on a field declaration (its initializer). */
  @SuppressWarnings("SystemStack")
  static final long[] QUIET = Stack.stackalloc(1);

  static final long[] LOUD = Stack.stackalloc(2); // want: SystemStack

  @SuppressWarnings("SystemStack")
  Gc() {
    Stack.stackfree(1);
  }

  @SuppressWarnings("stackcheck")
  static void onMethod() {
    Stack.stackfree(2);
    Runnable inLambda = () -> Stack.stackfree(3);
    inLambda.run();
    helper();
  }

  static void helper() {
    Stack.stackfree(4); // want: SystemStack path: onMethod -> helper -> stackfree
  }

  static void onLocalVariable() {
    @SuppressWarnings("SystemStack")
    Runnable quiet = () -> Stack.stackfree(5);
    quiet.run();
    Runnable loud = () -> Stack.stackfree(6); // want: SystemStack
    loud.run();
    Stack.stackfree(7); // want: SystemStack
  }

  @SuppressWarnings({"unchecked", "SystemStack"})
  static class Nested {
    void work() {
      Stack.stackfree(8);
      new Runnable() {
        @Override
        public void run() {
          Stack.stackfree(9);
        }
      }.run();
    }

    class Inner {
      void work() {
        Stack.stackfree(10);
      }
    }
  }

  @SuppressWarnings(value = "SystemStack")
  static void namedValue() {
    Stack.stackfree(11);
  }

  @SuppressWarnings("SystemStackOverride")
  static void otherRule() {
    Stack.stackfree(12); // want: SystemStack
  }

  @SuppressWarnings("all")
  static void notOurs() {
    Stack.stackfree(13); // want: SystemStack
  }
}
