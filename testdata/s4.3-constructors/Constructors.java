// S4.3: `new T(...)` has an edge to the chosen constructor; constructors chain through this(...),
// super(...) and the implicit super(), which default constructors have too. Only the chosen
// constructor is reached, not its overloads.
import dev.stackcheck.annotations.SystemStack;

class Span {
  @SystemStack
  Span() {}

  Span(long size) {}
}

class StackSpan extends Span {
  StackSpan() {
    super(8);
  }

  StackSpan(int size) {
    this();
  }

  @SystemStack
  StackSpan(String name) {}

  StackSpan(char tag) {
    super(); // want: SystemStack "StackSpan.StackSpan\(char\) calls @SystemStack Span.Span\(\)"
  }
}

class FixedSpan extends StackSpan {
  FixedSpan() {
    super(4);
  }

  FixedSpan(long size) {
    super("fixed"); // want: SystemStack
  }
}

class Constructors {
  public static void main(String[] args) {
    new Span(1);
    new Span(); // want: SystemStack "creates an object with @SystemStack Span.Span\(\)"
    new StackSpan();
    new StackSpan(2);
    new StackSpan('c');
    new FixedSpan();
    new FixedSpan(3L);
    new StackSpan("x"); // want: SystemStack
    systemstack(() -> new StackSpan("y"));
    systemstack(Span::new);
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
