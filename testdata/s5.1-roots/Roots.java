// S5.1: in every mode the roots (bodies that start on a user stack) are main methods, static
// initializers, and every body whose strongly connected component nothing outside it calls: an
// uncalled method, an uncalled recursive method, every member of an uncalled cycle. A cycle that
// is entered from outside has no roots of its own, and main is a root even when it is called.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Roots {
  static {
    Stack.stackfree(1); // want: SystemStack path: <clinit> -> stackfree
  }

  public static void main(String[] args) {
    helper();
    systemstack(Roots::drain);
    systemstack(() -> Tool.main());
  }

  static void helper() {
    Stack.stackfree(2); // want: SystemStack path: main -> helper -> stackfree
  }

  static void uncalled() {
    Stack.stackfree(3); // want: SystemStack path: uncalled -> stackfree
  }

  static void recursive(int n) {
    if (n > 0) {
      recursive(n - 1);
    }
    Stack.stackfree(4); // want: SystemStack path: recursive -> stackfree
  }

  static void ping(int n) {
    if (n > 0) {
      pong(n - 1);
    }
    Stack.stackfree(5); // want: SystemStack path: ping -> stackfree
  }

  static void pong(int n) {
    if (n > 0) {
      ping(n - 1);
    }
    Stack.stackfree(6); // want: SystemStack path: pong -> stackfree
  }

  /** Only reached through the trampoline; enters the cycle a/b from outside. */
  static void drain() {
    a(3);
  }

  static void a(int n) {
    if (n > 0) {
      b(n - 1);
    }
    Stack.stackfree(7);
  }

  static void b(int n) {
    if (n > 0) {
      a(n - 1);
    }
    Stack.stackfree(8);
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}

class Tool {
  public static void main(String... args) {
    Stack.stackfree(9); // want: SystemStack path: main -> stackfree
  }
}
