// S7.1: an implicit super() call into a @SystemStack constructor is reported at the declaring
// constructor's name, and one in a default constructor at the class name.
import dev.stackcheck.annotations.SystemStack;

class Span {
  @SystemStack
  Span() {}
}

class ExplicitConstructor extends Span {
  ExplicitConstructor() { // want: SystemStack "implicitly calls @SystemStack Span.Span\(\) \(super\(\)\)"
    System.out.println("created");
  }
}

class DefaultConstructor extends Span {} // want: SystemStack "DefaultConstructor.DefaultConstructor\(\) implicitly calls"

class Delegating extends Span {
  Delegating() {
    this(1);
  }

  Delegating(int size) {} // want: SystemStack path: main -> Delegating -> Delegating -> Span
}

@SystemStack
class SystemSpan extends Span {}

class Spans {
  public static void main(String[] args) {
    new ExplicitConstructor();
    new DefaultConstructor();
    new Delegating();
    systemstack(SystemSpan::new);
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
