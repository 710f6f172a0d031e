// Java construct (S4.3, S4.5): enum constants with constructor arguments and with class bodies.
// The enum's static initializer (a root) creates every constant, so a @SystemStack enum
// constructor is reported at the constant that calls it; constant bodies are named subclasses
// whose methods are reached by dispatch, including implementations of an abstract method.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

enum Size {
  SMALL(1),
  HUGE("huge") { // want: SystemStack "Size.<clinit> creates an object with @SystemStack Size.Size\(java.lang.String\)"
    @Override
    long bytes() {
      return 1 << 20;
    }
  },
  LARGE(1024) {
    @Override
    long bytes() {
      Stack.stackfree(2); // want: SystemStack path: main -> bytes -> stackfree
      return super.bytes();
    }
  };

  private final long units;

  Size(long units) {
    this.units = units;
  }

  @SystemStack
  Size(String name) {
    this.units = name.length();
  }

  long bytes() {
    return units * 8;
  }
}

enum Op {
  FREE {
    @Override
    void apply() {
      Stack.stackfree(3);
    }
  },
  NOOP {
    @Override
    void apply() {}
  };

  abstract void apply();
}

class Main {
  public static void main(String[] args) {
    for (Size size : Size.values()) {
      size.bytes();
    }
    systemstack(() -> Op.FREE.apply());
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
