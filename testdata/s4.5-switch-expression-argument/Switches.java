// S4.5: a switch expression passed to a trampoline is a conditional with more branches: the
// deferred body that an arm produces (case ... -> value, or yield value) is passed directly.
// Other deferred bodies created inside the switch are not.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Switches {
  static void systemstack(Runnable fn) {
    fn.run();
  }

  static Runnable wrap(Runnable fn) {
    return fn;
  }

  static void free() {
    Stack.stackfree(1);
  }

  public static void main(String[] args) {
    Runnable prepared = () -> Stack.stackfree(2);
    systemstack(
        switch (args.length) {
          case 0 -> () -> Stack.stackfree(3);
          case 1 -> Switches::free;
          case 2 -> prepared;
          case 3 -> {
            Runnable before = () -> Stack.stackfree(4); // want: SystemStack path: main -> lambda$3 -> stackfree
            before.run();
            yield () -> Stack.stackfree(5);
          }
          default -> wrap(() -> Stack.stackfree(6)); // want: SystemStack path: main -> lambda$5 -> stackfree
        });
  }
}
