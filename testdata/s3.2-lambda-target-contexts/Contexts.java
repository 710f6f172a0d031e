// S3.2: a lambda or method reference implements a @SystemStack interface method whatever context
// gives it its type: a return statement (also through a conditional), an array initializer, a
// cast, an assignment, the body of another lambda that returns it, or a parameter typed by a
// type variable bounded by the interface (<T extends Op>). Its body runs on the
// system stack; calling it on a user stack is reported.
import dev.stackcheck.annotations.SystemStack;
import java.util.function.Supplier;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

interface Op {
  @SystemStack
  void apply();
}

class Contexts {
  static Op make() {
    return () -> Stack.stackfree(1);
  }

  static Op choose(boolean fast) {
    return fast ? () -> Stack.stackfree(2) : Contexts::release;
  }

  static void release() {
    Stack.stackfree(3);
  }

  static Supplier<Op> factory() {
    return () -> () -> Stack.stackfree(4);
  }

  static <T extends Op> T keep(T op) {
    return op;
  }

  public static void main(String[] args) {
    Op[] ops = {() -> Stack.stackfree(5)};
    Op[] more = new Op[] {Contexts::release};
    Object cast = (Op) () -> Stack.stackfree(6);
    Op assigned;
    assigned = () -> Stack.stackfree(7);
    Supplier<Op> nested = () -> () -> Stack.stackfree(8);
    Runnable plain = () -> Stack.stackfree(9); // want: SystemStack path: main -> lambda$5 -> stackfree
    make().apply(); // want: SystemStack "calls @SystemStack Op.apply\(\)"
    choose(true).apply(); // want: SystemStack
    factory().get().apply(); // want: SystemStack
    ops[0].apply(); // want: SystemStack
    more[0].apply(); // want: SystemStack
    assigned.apply(); // want: SystemStack
    nested.get().apply(); // want: SystemStack
    keep(() -> Stack.stackfree(10)).apply(); // want: SystemStack
    plain.run();
    cast.hashCode();
  }
}
