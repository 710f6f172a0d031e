// S4.1: a primitive argument boxes to its wrapper and then widens to any of the wrapper's
// supertypes (JLS 5.3): for an int, javac prefers Serializable, Comparable or Number over Object.
import dev.stackcheck.annotations.SystemStack;
import java.io.Serializable;

class Boxing {
  static void keep(Object value) {}

  @SystemStack
  static void keep(Serializable value) {}

  static void rank(Object value) {}

  @SystemStack
  static void rank(Comparable<?> value) {}

  @SystemStack
  static void count(Object value) {}

  static void count(Number value) {}

  public static void main(String[] args) {
    keep(1); // want: SystemStack "Boxing.keep\(java.io.Serializable\)"
    rank('c'); // want: SystemStack "Boxing.rank\(java.lang.Comparable\)"
    count(2L);
    keep(new Object());
    systemstack(() -> keep(3));
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
