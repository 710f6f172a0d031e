// S3.3, S3.3b: being a trampoline is a property of the method a call names, not inherited by
// overrides. A call through the interface trusts its @Trampoline or @SystemStack parameter
// (whatever implementation runs); a call that names an implementation which is not annotated
// itself runs what it is passed where it is created, because nothing says that this method
// switches stacks. Annotate the override too when it is called directly.
import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.annotations.Trampoline;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

interface Executor {
  @Trampoline
  void execute(Runnable task);

  void submit(@SystemStack Runnable task);
}

class SystemExecutor implements Executor {
  public void execute(Runnable task) {
    task.run();
  }

  public void submit(Runnable task) {
    task.run();
  }
}

class AnnotatedExecutor implements Executor {
  @Trampoline
  public void execute(Runnable task) {
    task.run();
  }

  public void submit(@SystemStack Runnable task) {
    task.run();
  }
}

class Executors {
  public static void main(String[] args) {
    Executor executor = new SystemExecutor();
    executor.execute(() -> Stack.stackfree(1));
    executor.submit(() -> Stack.stackfree(2));
    SystemExecutor concrete = new SystemExecutor();
    concrete.execute(() -> Stack.stackfree(3)); // want: SystemStack path: main -> lambda$3 -> stackfree
    concrete.submit(() -> Stack.stackfree(4)); // want: SystemStack path: main -> lambda$4 -> stackfree
    AnnotatedExecutor annotated = new AnnotatedExecutor();
    annotated.execute(() -> Stack.stackfree(5));
    annotated.submit(() -> Stack.stackfree(6));
  }
}
