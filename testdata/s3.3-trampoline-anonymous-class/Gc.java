// S3.3: an anonymous class instance passed to a @Trampoline method: its implementation of the
// parameter's interface method runs on the system stack, and so do its helper methods (which
// nothing outside the class can call). Its other overriding methods (toString) may be called by
// anyone holding the object, so they run where the object is created.
import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.annotations.Trampoline;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

final class Stubs {
  @Trampoline
  static void onSystemStack(Runnable fn) {
    fn.run();
  }
}

class Gc {
  public static void main(String[] args) {
    Stubs.onSystemStack(
        new Runnable() {
          @Override
          public void run() {
            Stack.stackfree(1);
            release();
          }

          private void release() {
            Stack.stackfree(2);
          }

          @Override
          public String toString() {
            Stack.stackfree(3); // want: SystemStack path: main -> toString -> stackfree
            return "free";
          }
        });
    Runnable notTrampolined =
        new Runnable() {
          @Override
          public void run() {
            Stack.stackfree(4); // want: SystemStack path: main -> run -> stackfree
          }
        };
    notTrampolined.run();
  }
}
