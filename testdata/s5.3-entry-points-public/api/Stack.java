package api;

import dev.stackcheck.annotations.SystemStack;

/** @SystemStack methods are never roots, public or not. */
public final class Stack {
  private Stack() {}

  @SystemStack
  public static void stackfree(long n) {}
}
