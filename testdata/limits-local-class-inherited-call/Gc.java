// Known limit (S4.1): the symbol solver does not see the supertypes of local classes, so a call
// of an inherited method on a local subclass does not resolve. The fallback connects it to every
// method with that name and arity in the analyzed code, here also Other.run(), whose call is then
// reported on a path through main although main can never reach it (docs/semantics.md, "Known
// limits"; the unresolved call is listed with --verbose).
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Other {
  void run() {
    Stack.stackfree(1); // want: SystemStack path: main -> run -> stackfree
  }
}

class Gc {
  public static void main(String[] args) {
    class Base {
      void run() {}
    }
    class Derived extends Base {}
    new Derived().run();
    systemstack(() -> new Other().run());
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
