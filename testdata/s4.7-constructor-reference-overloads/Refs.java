// S4.7: a constructor reference T::new runs the constructor that the functional interface's
// number of arguments selects, not every constructor of T: Supplier<Pool> runs Pool(), a
// Function<Integer, Pool> runs Pool(int). As in javac, a constructor that takes the arguments
// without varargs expansion wins over a varargs one.
import dev.stackcheck.annotations.SystemStack;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

class Pool {
  Pool() {}

  @SystemStack
  Pool(int n) {}

  Pool(String name, int... sizes) {}
}

class Span {
  Span() {}

  @SystemStack
  Span(long... sizes) {}
}

class Refs {
  static <T> T make(Supplier<T> factory) {
    return factory.get();
  }

  static Pool sized(Function<Integer, Pool> factory) {
    return factory.apply(1);
  }

  static Supplier<Pool> factory() {
    return Pool::new;
  }

  public static void main(String[] args) {
    factory().get();
    Supplier<Pool> empty = Pool::new;
    Function<Integer, Pool> bySize = Pool::new; // want: SystemStack "passes @SystemStack Pool.Pool\(int\) as a method reference"
    BiFunction<String, Integer, Pool> named = Pool::new;
    make(Pool::new);
    sized(Pool::new); // want: SystemStack "Pool.Pool\(int\)"
    Supplier<Span> noSizes = Span::new;
    Function<Long, Span> oneSize = Span::new; // want: SystemStack "Span.Span\(long\.\.\.\)"
    empty.get();
    bySize.apply(2);
    named.apply("x", 3);
    noSizes.get();
    oneSize.apply(4L);
  }
}
