package runtime;

import dev.stackcheck.annotations.SystemStack;

/** stack.go: goroutine stacks, allocated from per-P caches that only the system stack may touch. */
final class Stack {
  static final int FIXED_STACK = 2048;
  static final int NUM_STACK_ORDERS = 4;
  static final int STACK_CACHE_SIZE = 32 * 1024;

  /** The bounds of a stack, [lo, hi). */
  static final class StackT {
    long lo;
    long hi;
  }

  private Stack() {}

  /**
   * stackalloc allocates an n byte stack. It must run on the system stack: it uses the per-P
   * stack cache, and growing the stack while it runs would deadlock (Go issue 1547).
   */
  @SystemStack
  static StackT stackalloc(int n) {
    G thisg = G.getg();
    if (thisg != thisg.m.g0) {
      Stubs.throwError("stackalloc not on scheduler stack");
    }
    Mcache c = thisg.m.mcache;
    int order = orderOf(n);
    if (c == null || !thisg.m.preemptoff.isEmpty()) {
      return stackpoolalloc(order);
    }
    if (c.stackcache[order].size == 0) {
      stackcacherefill(c, order);
    }
    c.stackcache[order].size -= n;
    StackT s = new StackT();
    s.hi = s.lo + n;
    return s;
  }

  /** stackfree frees an n byte stack allocation at stk. Same rules as stackalloc. */
  @SystemStack
  static void stackfree(StackT stk, long n) {
    G gp = G.getg();
    Mcache c = gp.m.mcache;
    int order = orderOf(n);
    if (c == null || !gp.m.preemptoff.isEmpty()) {
      stackpoolfree(stk, order);
      return;
    }
    if (c.stackcache[order].size >= STACK_CACHE_SIZE) {
      stackcacherelease(c, order);
    }
    c.stackcache[order].size += n;
  }

  /** stackcacherefill fills the local stack cache from the global pool. */
  @SystemStack
  static void stackcacherefill(Mcache c, int order) {
    long size = 0;
    while (size < STACK_CACHE_SIZE / 2) {
      stackpoolalloc(order);
      size += (long) FIXED_STACK << order;
    }
    c.stackcache[order].size = size;
  }

  /** stackcacherelease returns half of the local stack cache to the global pool. */
  @SystemStack
  static void stackcacherelease(Mcache c, int order) {
    long size = c.stackcache[order].size;
    while (size > STACK_CACHE_SIZE / 2) {
      stackpoolfree(new StackT(), order);
      size -= (long) FIXED_STACK << order;
    }
    c.stackcache[order].size = size;
  }

  /** stackcache_clear empties a P's stack cache, when the P is destroyed. */
  @SystemStack
  static void stackcache_clear(Mcache c) {
    for (int order = 0; order < NUM_STACK_ORDERS; order++) {
      stackpoolfree(new StackT(), order);
      c.stackcache[order].size = 0;
    }
  }

  /** Called from morestack: grows the current goroutine's stack. Runs on g0. */
  @SystemStack
  static void newstack() {
    G gp = G.getg().m.curg;
    long oldsize = gp.stack.hi - gp.stack.lo;
    copystack(gp, oldsize * 2);
  }

  /** shrinkstack halves gp's stack if it uses less than a quarter of it. Called while scanning. */
  static void shrinkstack(G gp) {
    long oldsize = gp.stack.hi - gp.stack.lo;
    if (oldsize / 2 < FIXED_STACK) {
      return;
    }
    copystack(gp, oldsize / 2);
  }

  /**
   * copystack moves gp's stack to a new one of newsize bytes. Not annotated: every caller
   * (newstack, shrinkstack) already runs on the system stack, and stackcheck infers it.
   */
  static void copystack(G gp, long newsize) {
    StackT old = gp.stack;
    StackT fresh = stackalloc((int) newsize);
    gp.stack = fresh;
    stackfree(old, old.hi - old.lo);
  }

  // The global pool, protected by a lock: safe from any stack.
  static StackT stackpoolalloc(int order) {
    return new StackT();
  }

  static void stackpoolfree(StackT x, int order) {}

  private static int orderOf(long n) {
    int order = 0;
    for (long n2 = n; n2 > FIXED_STACK; n2 >>= 1) {
      order++;
    }
    return Math.min(order, NUM_STACK_ORDERS - 1);
  }
}
