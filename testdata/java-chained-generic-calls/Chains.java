// Java construct (S4.1): calls chained on the results of generic methods (collections, maps,
// streams, Optional, Supplier, a self-typed builder) resolve to the right declaration.
import dev.stackcheck.annotations.SystemStack;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

class Cache {
  @SystemStack
  void flush() {}

  int size() {
    return 0;
  }
}

abstract class Builder<B extends Builder<B>> {
  abstract B self();

  B name(String name) {
    return self();
  }

  @SystemStack
  B reserve() {
    return self();
  }
}

class PoolBuilder extends Builder<PoolBuilder> {
  @Override
  PoolBuilder self() {
    return this;
  }
}

class Chains {
  public static void main(String[] args) {
    List<Cache> caches = List.of(new Cache());
    caches.get(0).flush(); // want: SystemStack
    caches.get(0).size();
    caches.stream().filter(c -> c.size() == 0).findFirst().get().flush(); // want: SystemStack
    Map<String, List<Cache>> byName = Map.of("a", caches);
    byName.get("a").get(0).flush(); // want: SystemStack
    Supplier<Cache> supplier = Cache::new;
    supplier.get().flush(); // want: SystemStack
    Optional.of(new Cache()).map(c -> c).orElseThrow().size();
    new PoolBuilder().name("pool").reserve().name("x"); // want: SystemStack "Builder.reserve\(\)"
    systemstack(() -> byName.values().iterator().next().get(0).flush());
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
