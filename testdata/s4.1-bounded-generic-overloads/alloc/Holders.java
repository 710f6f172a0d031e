package alloc;

import dev.stackcheck.annotations.SystemStack;

// The overloads may be split between a class and its superclass: both are members of Derived.
class Holders {
  @SystemStack
  static <T extends Number> void hold(T value) {}
}

class Derived extends Holders {
  static <T> void hold(T value) {}

  static void use() {
    Integer boxed = 2;
    hold(boxed); // want: SystemStack "Holders.hold\(java.lang.Number\)"
    hold(3); // want: SystemStack "Holders.hold\(java.lang.Number\)"
    hold("s");
  }
}
