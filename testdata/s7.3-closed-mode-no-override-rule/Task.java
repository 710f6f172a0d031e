// S7.3: in mode closed (the default) the sources are the whole program, so a @SystemStack
// override of an external method is not reported: only the calls the program makes count.
import dev.stackcheck.annotations.SystemStack;

class Task implements Runnable {
  @Override
  @SystemStack
  public void run() {}

  public static void main(String[] args) {
    Task task = new Task();
    task.run(); // want: SystemStack
    Runnable runnable = task;
    runnable.run(); // want: SystemStack "may dispatch to @SystemStack Task.run\(\)"
  }
}
