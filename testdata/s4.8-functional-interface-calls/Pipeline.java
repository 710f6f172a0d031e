// S4.8: a call of a functional interface's method (task.run()) does not fan out to lambdas or
// anonymous classes; they are reached from the code that creates them (S4.5). Named classes that
// implement the interface are reached by virtual dispatch (S4.2), and dispatch works on erased
// types: a call on Sink<String> may reach an override in a Sink<Span> implementation.
import dev.stackcheck.annotations.SystemStack;
import java.util.ArrayList;
import java.util.List;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

interface Sink<T> {
  void accept(T value);
}

class Span {}

class SpanSink implements Sink<Span> {
  @Override
  @SystemStack
  public void accept(Span span) {}
}

class FreeTask implements Runnable {
  @Override
  public void run() {
    Stack.stackfree(1); // want: SystemStack path: main -> run -> stackfree
  }
}

class Pipeline {
  static final List<Runnable> deferred = new ArrayList<>();

  public static void main(String[] args) {
    systemstack(Pipeline::install);
    for (Runnable task : deferred) {
      task.run();
    }
    Runnable named = new FreeTask();
    named.run();
    Sink<String> names = value -> {};
    names.accept("x"); // want: SystemStack "may dispatch to @SystemStack SpanSink.accept\(Span\)"
  }

  /** Runs on the system stack; what it creates runs there too, wherever it is called later. */
  static void install() {
    deferred.add(() -> Stack.stackfree(2));
    deferred.add(
        new Runnable() {
          @Override
          public void run() {
            Stack.stackfree(3);
          }
        });
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
