// S4.5: a lambda, method reference or anonymous class that is not an argument of a trampoline
// call runs where its creator runs (as with forEach, streams, threads and most callbacks): an
// ordinary edge from the creating body. Created inside code that runs on the system stack, it
// runs there too.
import dev.stackcheck.annotations.SystemStack;
import java.util.List;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Deferred {
  public static void main(String[] args) {
    List<Long> stacks = List.of(1L, 2L);
    stacks.forEach(n -> Stack.stackfree(n)); // want: SystemStack path: main -> lambda$1 -> stackfree
    stacks.stream().filter(n -> n > 1).forEach(Stack::stackfree); // want: SystemStack "method reference"
    new Thread(
            new Runnable() {
              @Override
              public void run() {
                Stack.stackfree(3); // want: SystemStack path: main -> run -> stackfree
              }
            })
        .start();
    systemstack(() -> stacks.forEach(n -> Stack.stackfree(n)));
    systemstack(() -> stacks.forEach(Stack::stackfree));
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
