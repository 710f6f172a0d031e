package app;

import dev.stackcheck.annotations.*;
import other.SystemStack;

class Shadowed {
  @SystemStack
  static void notOurs(long n) {}

  @dev.stackcheck.annotations.SystemStack
  static void stillOurs(long n) {}
}
