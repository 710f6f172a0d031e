// Java construct (S4.1, S4.2): interface static methods, default methods called through the
// interface and through an implementing class, defaults overridden in a class, and defaults that
// call abstract methods (dispatched to the implementations).
import dev.stackcheck.annotations.SystemStack;

interface Pool {
  @SystemStack
  static void drainAll() {}

  void alloc();

  default void release() {
    drainAll(); // want: SystemStack path: main -> release -> drainAll
  }

  @SystemStack
  default void reset() {
    alloc();
  }

  default void refill() {
    alloc(); // want: SystemStack "Pool.alloc\(\), which may dispatch to @SystemStack StackPool.alloc\(\)"
  }
}

class HeapPool implements Pool {
  @Override
  public void alloc() {}
}

class StackPool implements Pool {
  @Override
  @SystemStack
  public void alloc() {}

  @Override
  public void release() {}
}

class Pools {
  public static void main(String[] args) {
    Pool pool = new HeapPool();
    pool.release();
    pool.reset(); // want: SystemStack "Pool.reset\(\)"
    pool.refill();
    Pool.drainAll(); // want: SystemStack
    new HeapPool().reset(); // want: SystemStack
    new StackPool().release();
    systemstack(pool::reset);
  }

  static void systemstack(Runnable fn) {
    fn.run();
  }
}
