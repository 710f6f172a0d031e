// S3.2: an anonymous class method that implements a @SystemStack interface method runs on the
// system stack, and so do the class's helpers (methods that override nothing) that only it calls:
// only the class's own methods can call them. A helper that a method running on a user stack
// calls (another interface method, an instance initializer) is reported.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

interface Op {
  @SystemStack
  void apply(long n);
}

interface Both {
  @SystemStack
  void onSystem();

  void onUser();
}

class Helpers {
  public static void main(String[] args) {
    Op op =
        new Op() {
          public void apply(long n) {
            release(n);
          }

          private void release(long n) {
            Stack.stackfree(n);
          }
        };
    Both both =
        new Both() {
          {
            prepare();
          }

          public void onSystem() {
            free();
            shared();
          }

          public void onUser() {
            shared();
          }

          void free() {
            Stack.stackfree(1);
          }

          void shared() {
            Stack.stackfree(2); // want: SystemStack path: main -> onUser -> shared -> stackfree
          }

          void prepare() {
            Stack.stackfree(3); // want: SystemStack path: main -> <init> -> prepare -> stackfree
          }
        };
    both.onUser();
  }
}
