// S3.2: a method that overrides or implements a @SystemStack method is @SystemStack too, also
// across several levels and when the override does not repeat the annotation.
import dev.stackcheck.annotations.SystemStack;

abstract class Allocator {
  @SystemStack
  abstract void alloc();

  @SystemStack
  void free() {}

  void stats() {}
}

class PoolAllocator extends Allocator {
  @Override
  void alloc() {}

  @Override
  void free() {}
}

class TinyAllocator extends PoolAllocator {
  @Override
  void alloc() {}
}

interface Cache {
  @SystemStack
  void flush();
}

class LocalCache implements Cache {
  @Override
  public void flush() {}
}

class Allocators {
  public static void main(String[] args) {
    PoolAllocator pool = new PoolAllocator();
    pool.alloc(); // want: SystemStack "PoolAllocator.alloc\(\)"
    pool.free(); // want: SystemStack
    pool.stats();
    new TinyAllocator().alloc(); // want: SystemStack "TinyAllocator.alloc\(\)"
    new LocalCache().flush(); // want: SystemStack "LocalCache.flush\(\)"
    systemstack(() -> {
      pool.alloc();
      new LocalCache().flush();
    });
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
