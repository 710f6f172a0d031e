// S3.3: a trampoline parameter whose type is a type variable bounded by a functional interface
// (<F extends Runnable> void go(F fn)) takes lambdas typed as the bound, so it is a trampoline
// parameter too; an unbounded one (<T> void go(T value)) is not.
import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.annotations.Trampoline;
import java.io.Serializable;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Work implements Runnable {
  public void run() {
    Stack.stackfree(1);
  }
}

class Rt {
  @Trampoline
  static <F extends Runnable> void go(F fn) {
    fn.run();
  }

  @Trampoline
  static <F extends Serializable & Runnable> void both(F fn) {
    fn.run();
  }

  @Trampoline
  static <T> void plain(T value) {}

  static void systemstack(Runnable fn) {
    fn.run();
  }

  public static void main(String[] args) {
    go(() -> Stack.stackfree(2));
    go(Rt::free);
    go(new Work());
    both((Runnable & Serializable) () -> Stack.stackfree(3));
    plain((Runnable) () -> Stack.stackfree(4)); // want: SystemStack path: main -> lambda$3 -> stackfree
  }

  static void free() {
    Stack.stackfree(5);
  }
}
