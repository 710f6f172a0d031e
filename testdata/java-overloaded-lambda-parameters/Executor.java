// Java construct (S4.1, S3.3): overloads that differ only in the functional interface they take,
// submit(Runnable) (a trampoline) and submit(Callable) (not one). The lambda's shape picks the
// overload, as javac does: a void body picks Runnable, a value picks Callable.
import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.annotations.Trampoline;
import java.util.concurrent.Callable;

class Stack {
  @SystemStack
  static void stackfree(long n) {}

  @SystemStack
  static long[] stackalloc(int n) {
    return new long[n];
  }
}

class Executor {
  @Trampoline
  void submit(Runnable task) {
    task.run();
  }

  <T> T submit(Callable<T> task) {
    try {
      return task.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void drain() {
    Stack.stackfree(3);
  }

  static long[] grow() {
    return Stack.stackalloc(4); // want: SystemStack path: main -> grow -> stackalloc
  }

  public static void main(String[] args) {
    Executor executor = new Executor();
    executor.submit(() -> Stack.stackfree(1));
    executor.submit(
        () -> {
          Stack.stackfree(2); // want: SystemStack path: main -> lambda$2 -> stackfree
          return 1;
        });
    executor.submit(() -> Stack.stackalloc(8)); // want: SystemStack path: main -> lambda$3 -> stackalloc
    executor.submit(Executor::drain);
    executor.submit(Executor::grow);
  }
}
