// S3.2: a type that inherits the same method from two supertypes, only one of them @SystemStack,
// runs an implementation of the @SystemStack method whichever declaration a call names: a
// lambda typed by it runs on the system stack, and a call through it calls @SystemStack code.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

interface Op {
  @SystemStack
  void apply();
}

interface Plain {
  void apply();
}

interface PlainFirst extends Plain, Op {}

interface OpFirst extends Op, Plain {}

class Base {
  public void apply() {
    Stack.stackfree(1); // want: SystemStack path: main -> apply -> stackfree
  }
}

class Both extends Base implements Op {}

class Diamond {
  public static void main(String[] args) {
    PlainFirst plainFirst = () -> Stack.stackfree(2);
    OpFirst opFirst = () -> Stack.stackfree(3);
    plainFirst.apply(); // want: SystemStack "calls @SystemStack Op.apply\(\)"
    opFirst.apply(); // want: SystemStack "calls @SystemStack Op.apply\(\)"
    Plain plain = plainFirst;
    plain.apply();
    Both both = new Both();
    both.apply(); // want: SystemStack "calls @SystemStack Op.apply\(\)"
    new Base().apply();
  }
}
