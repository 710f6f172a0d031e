package demo.generated;

import demo.Stacks;

/** Excluded from the check by the excludes pattern, although it calls @SystemStack code directly. */
public final class Gen {
  private Gen() {}

  public static void free() {
    Stacks.stackfree(32);
  }
}
