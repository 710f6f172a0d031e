// S4.1: varargs calls (any number of arguments, an explicit array, none) resolve to the varargs
// method; a fixed-arity overload that the compiler prefers is not confused with it.
import dev.stackcheck.annotations.SystemStack;

class Trace {
  @SystemStack
  static void trace(String format, Object... args) {}

  static void trace(String format) {}

  @SystemStack
  static void frames(long... pcs) {}

  public static void main(String[] args) {
    trace("gc %d %d", 1, 2); // want: SystemStack "trace\(java.lang.String, java.lang.Object...\)"
    trace("gc");
    trace("gc %s", new Object[] {"x"}); // want: SystemStack
    frames(); // want: SystemStack "frames\(long...\)"
    frames(1, 2, 3); // want: SystemStack
    systemstack(() -> frames(4));
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
