// S3.1: @SystemStack on a method, on a constructor, and on a type. On a type it covers every
// method and constructor declared in it (the implicit default constructor included), but not its
// nested types and not its static initializer.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}

  @SystemStack
  Stack() {}

  Stack(int size) {}
}

@SystemStack
class Mcache {
  // The static initializer is not a method or constructor: it runs on whatever stack first uses
  // the class, so it is an ordinary root.
  static final Mcache EMPTY = new Mcache(); // want: SystemStack

  void refill() {}

  static void flush() {}

  /** Nested types carry their own annotation. */
  static class Stats {
    void count() {}
  }
}

class Allocator {
  public static void main(String[] args) {
    Stack.stackfree(1); // want: SystemStack
    new Stack(); // want: SystemStack
    new Stack(8);
    Mcache.flush(); // want: SystemStack
    Mcache cache = new Mcache(); // want: SystemStack
    cache.refill(); // want: SystemStack
    new Mcache.Stats().count();
    systemstack(() -> {
      Stack.stackfree(2);
      new Stack();
      new Mcache().refill();
    });
  }

  /** Annotated code may call annotated code. */
  @SystemStack
  static void free() {
    Stack.stackfree(3);
    Mcache.flush();
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
