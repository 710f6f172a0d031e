package runtime;

/** mcache.go: per-P caches, including the stack cache. */
final class Mcache {
  static final class StackFreeList {
    long size;
  }

  final StackFreeList[] stackcache = new StackFreeList[Stack.NUM_STACK_ORDERS];

  Mcache() {
    for (int i = 0; i < stackcache.length; i++) {
      stackcache[i] = new StackFreeList();
    }
  }

  void releaseAll() {}

  /** freemcache releases a P's cache; the stack cache must be cleared on the system stack. */
  static void freemcache(Mcache c) {
    Stubs.systemstack(() -> {
      c.releaseAll();
      Stack.stackcache_clear(c);
    });
  }

  /** procresize destroys the Ps beyond the new GOMAXPROCS. */
  static void procresize(G.P[] allp, int nprocs) {
    for (int i = nprocs; i < allp.length; i++) {
      G.P p = allp[i];
      freemcache(p.mcache);
      p.mcache = null;
    }
  }
}
