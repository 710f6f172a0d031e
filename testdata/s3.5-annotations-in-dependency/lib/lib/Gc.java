package lib;

import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.annotations.Trampoline;

/** A compiled dependency that uses stackcheck's annotations. */
public final class Gc {
  private Gc() {}

  @SystemStack
  public static void stackfree(long n) {}

  @Trampoline
  public static void onSystemStack(Runnable fn) {
    fn.run();
  }

  public static void switchTo(@SystemStack Runnable onSystem, Runnable onUser) {
    onSystem.run();
    onUser.run();
  }
}
