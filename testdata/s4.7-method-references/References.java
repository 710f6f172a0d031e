// S4.7: a method reference is an edge, located at the reference, from the body that evaluates it
// to the referenced method or constructor: static, bound (cache::flush, this::m, super::m),
// unbound (Cache::flush) and constructor references (Pool::new). A virtual reference dispatches
// like a call (S4.2). Array constructor references run no code.
import dev.stackcheck.annotations.SystemStack;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

class Stack {
  @SystemStack
  static void stackfree(long n) {}
}

class Cache {
  @SystemStack
  void flush() {}

  void drain() {}
}

class SystemCache extends Cache {
  @Override
  @SystemStack
  void drain() {}

  void reset() {
    Runnable own = this::flush; // want: SystemStack "method reference"
    Runnable parent = super::drain;
    own.run();
    parent.run();
  }
}

class Pool {
  @SystemStack
  Pool() {}
}

class References {
  @SystemStack
  static <T> T call(Supplier<T> fn) {
    return fn.get();
  }

  public static void main(String[] args) {
    LongConsumer free = Stack::stackfree; // want: SystemStack "passes @SystemStack Stack.stackfree\(long\) as a method reference"
    Cache cache = new Cache();
    Runnable bound = cache::flush; // want: SystemStack
    Consumer<Cache> unbound = Cache::flush; // want: SystemStack
    Consumer<Cache> virtual = Cache::drain; // want: SystemStack "may dispatch to @SystemStack SystemCache.drain\(\)"
    Supplier<Pool> pools = Pool::new; // want: SystemStack "Pool.Pool\(\)"
    IntFunction<long[]> arrays = long[]::new;
    new SystemCache().reset();
    systemstack(cache::flush);
    trampoline(Pool::new);
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }

  @dev.stackcheck.annotations.Trampoline
  static <T> T trampoline(Supplier<T> fn) {
    return fn.get();
  }
}
