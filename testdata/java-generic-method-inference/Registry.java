// Java construct (S4.1): generic methods whose type arguments are inferred from the arguments or
// the target type, given explicitly, or passed through other generic calls and method references.
import dev.stackcheck.annotations.SystemStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

class Registry {
  @SystemStack
  static <T> T pin(T value) {
    return value;
  }

  static <T> T same(T value) {
    return value;
  }

  @SystemStack
  static <T extends Comparable<? super T>> void sortInPlace(List<T> values) {}

  static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    return values.stream().collect(Collectors.toMap(key, v -> v));
  }

  static <T> List<T> empty() {
    return new ArrayList<>();
  }

  public static void main(String[] args) {
    String name = pin("gc"); // want: SystemStack "Registry.pin\(java.lang.Object\)"
    Registry.<Integer>pin(1); // want: SystemStack
    same(name);
    List<String> names = same(new ArrayList<>());
    sortInPlace(names); // want: SystemStack
    Map<Integer, String> byLength = index(names, String::length);
    pin(index(names, n -> n.length())).get(1); // want: SystemStack
    List<Long> stacks = empty();
    Optional.of(name).map(Registry::pin).orElse(""); // want: SystemStack "method reference"
    systemstack(() -> sortInPlace(same(names)));
    byLength.clear();
    stacks.clear();
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
