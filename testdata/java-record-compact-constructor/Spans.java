// Java construct (S4.3): records. `new R(...)` reaches the compact canonical constructor, an
// explicit non-canonical constructor delegates with this(...), and records without a declared
// constructor have an implicit canonical one. Accessors and methods are ordinary methods.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void check(long size) {}
}

record Span(long base, long size) {
  Span {
    if (size < 0) {
      throw new IllegalArgumentException();
    }
    Stack.check(size); // want: SystemStack path: main -> Span -> check
  }

  @SystemStack
  Span(long base) {
    this(base, 8);
  }

  long end() {
    return base + size;
  }

  @SystemStack
  void free() {}
}

record Plain(int x) {
  static Plain of(int x) {
    return new Plain(x);
  }
}

class Spans {
  public static void main(String[] args) {
    Span span = new Span(1, 2);
    new Span(3); // want: SystemStack "Span.Span\(long\)"
    span.end();
    span.base();
    span.free(); // want: SystemStack "Span.free\(\)"
    Plain.of(4).x();
    systemstack(() -> new Span(5).free());
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
