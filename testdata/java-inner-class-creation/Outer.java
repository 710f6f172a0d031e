// Java construct (S4.3): creating inner class instances with an explicit outer instance
// (outer.new Inner()), on a new outer instance, and with the implicit this.
import dev.stackcheck.annotations.SystemStack;

class Outer {
  class Inner {
    @SystemStack
    Inner() {}

    Inner(int size) {}
  }

  void create() {
    new Inner(); // want: SystemStack "Outer.Inner.Inner\(\)"
    new Inner(1);
  }

  public static void main(String[] args) {
    Outer outer = new Outer();
    outer.new Inner(); // want: SystemStack
    outer.new Inner(2);
    Outer.Inner inner = new Outer().new Inner(); // want: SystemStack
    outer.create();
    systemstack(() -> outer.new Inner());
    inner.hashCode();
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
