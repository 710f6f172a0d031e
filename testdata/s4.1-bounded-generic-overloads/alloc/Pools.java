// S4.1: among overloads whose parameter is a type variable, javac picks the one with the most
// specific bound (JLS 15.12.2.5): <T extends Number> over <T>, <T extends CharSequence> over
// Object, <T extends Comparable<T>> over Object for a boxed int, also through a static import.
package alloc;

import dev.stackcheck.annotations.SystemStack;

public class Pools {
  @SystemStack
  public static <T extends Number> T pin(T size) {
    return size;
  }

  public static <T> T pin(T value) {
    return value;
  }

  @SystemStack
  static <T extends CharSequence> void label(T name) {}

  static void label(Object value) {}

  @SystemStack
  static <T extends Comparable<T>> void order(T key) {}

  static void order(Object value) {}

  public static void main(String[] args) {
    Integer boxed = 4;
    pin(boxed); // want: SystemStack "Pools.pin\(java.lang.Number\)"
    pin("x");
    label("s"); // want: SystemStack "Pools.label\(java.lang.CharSequence\)"
    label(1);
    order(1); // want: SystemStack "Pools.order\(java.lang.Comparable\)"
    order(new Object());
    Imports.use();
    Derived.use();
  }
}
