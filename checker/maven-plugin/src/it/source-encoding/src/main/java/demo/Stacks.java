package demo;

import dev.stackcheck.annotations.SystemStack;
import dev.stackcheck.annotations.Trampoline;

/** The system-stack primitives of the sample. */
public final class Stacks {
  private Stacks() {}

  /** Runs fn on the system stack. */
  @Trampoline
  public static void systemstack(Runnable fn) {
    fn.run();
  }

  /** Must only run on the system stack. */
  @SystemStack
  public static void stackfree(long bytes) {}
}
