package lib;

import dev.stackcheck.annotations.SystemStack;

public class Frames {
  /** An inner class: its compiled constructor takes the outer instance as a hidden parameter. */
  public class Frame {
    @SystemStack
    public Frame(long pc) {}
  }

  public static class Nested {
    @SystemStack
    public Nested() {}
  }
}
