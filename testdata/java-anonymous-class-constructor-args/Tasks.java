// Java construct (S4.3, S4.5): an anonymous class that extends a class with constructor arguments
// calls the chosen superclass constructor where the expression is evaluated, also when the object
// is passed to a trampoline (only its run() runs on the system stack); so do its instance
// initializers.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

abstract class Task implements Runnable {
  final String name;

  Task(String name) {
    this.name = name;
  }

  @SystemStack
  Task(long reserved) {
    this.name = "reserved";
  }
}

class Tasks {
  public static void main(String[] args) {
    Task named =
        new Task("named") {
          @Override
          public void run() {
            Stack.stackfree(1); // want: SystemStack path: main -> run -> stackfree
          }
        };
    named.run();
    systemstack(
        new Task(64) { // want: SystemStack "creates an object with @SystemStack Task.Task\(long\)"
          @Override
          public void run() {
            Stack.stackfree(2);
          }
        });
    systemstack(
        new Task("trampolined") {
          @Override
          public void run() {
            Stack.stackfree(3);
          }
        });
    systemstack(
        new Task("initialized") {
          {
            Stack.stackfree(4); // want: SystemStack path: main -> <init> -> stackfree
          }

          @Override
          public void run() {}
        });
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
