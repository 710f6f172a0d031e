package lib;

import dev.stackcheck.annotations.SystemStack;

public abstract class Allocator {
  @SystemStack
  public abstract void alloc();
}
