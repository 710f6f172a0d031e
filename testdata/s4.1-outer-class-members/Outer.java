// S4.1: unqualified calls from inner, nested, local and anonymous classes and lambdas resolve to
// members of the enclosing classes.
import dev.stackcheck.annotations.SystemStack;

class Outer {
  @SystemStack
  static void freeAll() {}

  @SystemStack
  void free() {}

  void stats() {}

  class Inner {
    void work() {
      free(); // want: SystemStack "Outer.Inner.work\(\) calls @SystemStack Outer.free\(\)"
      stats();
    }

    class Innermost {
      void work() {
        freeAll(); // want: SystemStack "Outer.freeAll\(\)"
      }
    }
  }

  static class Nested {
    void work() {
      freeAll(); // want: SystemStack
    }
  }

  void local() {
    class Helper {
      void work() {
        free(); // want: SystemStack path: main -> local -> work -> free
      }
    }
    new Helper().work();
  }

  public static void main(String[] args) {
    Outer outer = new Outer();
    outer.new Inner().work();
    outer.local();
    new Nested().work();
  }
}
