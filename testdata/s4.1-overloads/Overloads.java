// S4.1: a call resolves to the overload the compiler picks (by argument types, widening, boxing
// only when nothing applies without it, arrays of primitives only to themselves, arrays of
// references by subtyping), so only the @SystemStack overloads are reported.
import dev.stackcheck.annotations.SystemStack;

class Stack {
  @SystemStack
  static void free(long n) {}

  static void free(int n) {}

  static void free(Object o) {}

  @SystemStack
  static void free(String s) {}

  static void free(Object[] stacks) {}

  static void free(long[] stacks) {}

  @SystemStack
  static void free(double[] stacks) {}

  static void free(float[] stacks) {}

  @SystemStack
  static void free(String[] stacks) {}
}

class Overloads {
  public static void main(String[] args) {
    Stack.free(1);
    Stack.free(1L); // want: SystemStack "free\(long\)"
    short small = 1;
    Stack.free(small);
    Stack.free('c');
    Stack.free("stack"); // want: SystemStack "free\(java.lang.String\)"
    Stack.free((Object) "stack");
    Integer boxed = 1;
    Stack.free(boxed);
    Long boxedLong = 1L;
    Stack.free(boxedLong);
    Stack.free(new long[1]);
    Stack.free(new float[1]);
    Stack.free(new double[1]); // want: SystemStack "free\(double\[\]\)"
    Stack.free(new Object[1]);
    Stack.free(new Integer[1]);
    Stack.free(new String[1]); // want: SystemStack "free\(java.lang.String\[\]\)"
  }
}
