// S5.3: in mode public, every public or protected method and constructor of a type visible outside
// its package is a root, and so is every method that overrides a method declared outside the
// analyzed code (Runnable.run), whatever its class's visibility, except in anonymous classes.
// Package-private and private members, and members of types hidden in the package, are only
// roots if nothing calls them.
package api;

import dev.stackcheck.annotations.SystemStack;

public class Api {
  public Api() {
    Stack.stackfree(1); // want: SystemStack path: Api -> stackfree
  }

  public void free() {
    Stack.stackfree(2); // want: SystemStack path: free -> stackfree
  }

  protected void drain() {
    helper();
  }

  private void helper() {
    Stack.stackfree(3); // want: SystemStack path: drain -> helper -> stackfree
  }

  void packagePrivate() {
    Stack.stackfree(4);
  }

  /** Exported through its public outer class. */
  protected static class Exported {
    public void visible() {
      Stack.stackfree(5); // want: SystemStack path: visible -> stackfree
    }
  }

  private static class Secret {
    public void hidden() {
      Stack.stackfree(6);
    }
  }

  /** Anonymous classes are not roots, although run() overrides Runnable.run() (as for lambdas). */
  public void trampolined() {
    systemstack(
        new Runnable() {
          @Override
          public void run() {
            Stack.stackfree(10);
          }
        });
    systemstack(() -> Stack.stackfree(11));
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }

  @SystemStack
  static void onSystemStack() {
    new Api().packagePrivate();
    new Secret().hidden();
    new Hidden().hidden();
    new Task().run();
  }
}

class Hidden {
  public void hidden() {
    Stack.stackfree(7);
  }
}

class Task implements Runnable {
  @Override
  public void run() {
    Stack.stackfree(8); // want: SystemStack path: run -> stackfree
  }
}
