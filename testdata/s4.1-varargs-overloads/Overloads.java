// S4.1: among varargs overloads the compiler's choice is followed (JLS 15.12.2): a method
// applicable without varargs expansion wins over one that needs it (phase 3 comes last), and
// among those applicable by expansion the most specific wins (int... over long...; int[] takes
// no float[]; a bounded type variable only what fits its bound).
import dev.stackcheck.annotations.SystemStack;
import java.util.Map;

class Overloads {
  static void d(int... values) {}

  @SystemStack
  static void d(long... values) {}

  @SystemStack
  static void insert(int index, int[] array, int... values) {}

  static void insert(int index, float[] array, float... values) {}

  static void insert(int index, long[] array, long... values) {}

  @SystemStack
  static <T extends CharSequence> T notEmpty(T chars, String message, Object... values) {
    return chars;
  }

  static <T extends Map<?, ?>> T notEmpty(T map, String message, Object... values) {
    return map;
  }

  static <T extends CharSequence> T notEmpty(T chars) {
    return notEmpty(chars, "empty"); // want: SystemStack "notEmpty\(java.lang.CharSequence, java.lang.String, java.lang.Object...\)"
  }

  static <T extends Map<?, ?>> T notEmpty(T map) {
    return notEmpty(map, "empty");
  }

  @SystemStack
  static <E> void each(E... items) {}

  static <E> void each(E item) {}

  public static void main(String[] args) {
    d(1);
    d(1L); // want: SystemStack "d\(long...\)"
    insert(0, new int[] {1}, 2); // want: SystemStack "insert\(int, int\[\], int...\)"
    insert(0, new float[] {1}, 2);
    insert(0, new long[] {1}, 2, 3);
    notEmpty("gc");
    notEmpty(Map.of());
    each(new Object[] {"x"}); // want: SystemStack "each\(java.lang.Object...\)"
    each("x");
  }
}
