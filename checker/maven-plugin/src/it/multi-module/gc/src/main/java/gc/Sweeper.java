package gc;

import dev.stackcheck.annotations.SystemStack;
import lib.Stacks;

/** Within this module, release() is only reached from system-stack code, so it needs no annotation. */
public final class Sweeper {
  private Sweeper() {}

  @SystemStack
  public static void sweep() {
    release();
  }

  public static void release() {
    Stacks.stackfree(64);
  }
}
