package lib;

import dev.stackcheck.annotations.SystemStack;

public interface StackOp {
  @SystemStack
  void apply(long n);
}
