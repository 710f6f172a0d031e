package lib;

import dev.stackcheck.annotations.SystemStack;

@SystemStack
public class Mcache {
  public Mcache() {}

  public void refill() {}

  public static void flush() {}
}
