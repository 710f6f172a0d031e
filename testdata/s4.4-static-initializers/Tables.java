// S4.4: the first use of a class does not create an edge to its static initializer. Static
// initializers are roots of their own (S5.1): even when the class is first used on the system
// stack, its initializer is checked as if it ran on a user stack.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static long[] stackalloc(int n) {
    return new long[n];
  }
}

class Tables {
  static final long[] CACHE = Stack.stackalloc(8); // want: SystemStack path: <clinit> -> stackalloc

  static int size() {
    return CACHE.length;
  }
}

class Plain {
  static final long[] CACHE = new long[8];

  static int size() {
    return CACHE.length;
  }
}

class Main {
  public static void main(String[] args) {
    systemstack(() -> Tables.size());
    Plain.size();
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
