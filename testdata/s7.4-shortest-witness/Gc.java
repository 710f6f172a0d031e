// S7.4: every violation carries a witness, a shortest call path from a root to the call site
// (here through shortWay, not the longer path through longWay or the other root).
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Gc {
  public static void main(String[] args) {
    longWay();
    shortWay();
  }

  static void longWay() {
    step1();
  }

  static void step1() {
    step2();
  }

  static void step2() {
    target();
  }

  static void shortWay() {
    target();
  }

  static void target() {
    Stack.stackfree(1); // want: SystemStack path: main -> shortWay -> target -> stackfree
  }

  static void uncalledRoot() {
    step1();
  }
}
