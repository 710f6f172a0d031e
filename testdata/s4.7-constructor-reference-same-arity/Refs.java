// S4.7: when several constructors take as many arguments as the functional interface passes,
// stackcheck does not tell which one the reference selects and connects all of them; the message
// says so, rather than that the reference was not resolved.
import dev.stackcheck.annotations.SystemStack;
import java.util.function.Function;
import java.util.function.Supplier;

class Pool {
  Pool() {}

  @SystemStack
  Pool(int n) {}

  Pool(String name) {}
}

class Refs {
  static Pool make(Function<String, Pool> factory) {
    return factory.apply("gc");
  }

  public static void main(String[] args) {
    make(Pool::new); // want: SystemStack "passes @SystemStack Pool.Pool\(int\) as a method reference that runs where it is created \(the constructor reference may select any of the 2 constructors that may take its arguments\), but"
    Supplier<Pool> empty = Pool::new;
    empty.get();
  }
}
