// S4.2: a virtual call has an edge to the resolved method and to every override in a subtype of
// the receiver's static type (class hierarchy analysis). Overrides outside that bound, and
// methods of unrelated types with the same name, are not reached.
import dev.stackcheck.annotations.SystemStack;

abstract class Allocator {
  void alloc() {}
}

class Pool extends Allocator {
  @Override
  @SystemStack
  void alloc() {}
}

class Heap extends Allocator {
  @Override
  void alloc() {}
}

class Arena extends Heap {
  @Override
  @SystemStack
  void alloc() {}
}

class Unrelated {
  @SystemStack
  void alloc() {}
}

interface Cache {
  void flush();
}

class SystemCache implements Cache {
  @Override
  @SystemStack
  public void flush() {}
}

class Dispatch {
  public static void main(String[] args) {
    Allocator any = args.length > 0 ? new Pool() : new Heap();
    any.alloc(); // want: SystemStack "may dispatch to @SystemStack Pool.alloc\(\) \(and 1 more"
    Heap heap = new Heap();
    heap.alloc(); // want: SystemStack "calls Heap.alloc\(\), which may dispatch to @SystemStack Arena.alloc\(\), but"
    Cache cache = new SystemCache();
    cache.flush(); // want: SystemStack "may dispatch to @SystemStack SystemCache.flush\(\)"
    systemstack(() -> any.alloc());
    systemstack(cache::flush);
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
