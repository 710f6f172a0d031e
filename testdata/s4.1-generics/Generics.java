// S4.1: calls on generic types and generic methods resolve to their declaration: type arguments,
// bounded type parameters and erasure do not hide the target.
import dev.stackcheck.annotations.SystemStack;
import java.util.List;

class Box<T> {
  private T value;

  @SystemStack
  void put(T v) {
    value = v;
  }

  T get() {
    return value;
  }
}

class Numbers<N extends Number> {
  @SystemStack
  long sum(List<N> values) {
    return values.size();
  }

  long count(List<N> values) {
    return values.size();
  }
}

class Generics {
  @SystemStack
  static <T extends Comparable<T>> T max(T a, T b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  static <T> T first(List<T> values) {
    return values.get(0);
  }

  public static void main(String[] args) {
    Box<String> names = new Box<>();
    names.put("a"); // want: SystemStack "Box.put\(java.lang.Object\)"
    String name = names.get();
    Numbers<Integer> numbers = new Numbers<>();
    numbers.sum(List.of(1, 2)); // want: SystemStack "Numbers.sum\(java.util.List\)"
    numbers.count(List.of(3));
    String larger = max(name, "b"); // want: SystemStack "Generics.max\(java.lang.Comparable, java.lang.Comparable\)"
    Box<Box<String>> nested = new Box<>();
    nested.get().put(first(List.of("c"))); // want: SystemStack
    systemstack(() -> names.put(larger));
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
