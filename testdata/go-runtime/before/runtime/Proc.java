package runtime;

/** proc.go: creating and destroying goroutines; every stack change goes through a trampoline. */
final class Proc {
  private Proc() {}

  /** malg allocates a new g, with a stack big enough for stacksize bytes. */
  static G malg(int stacksize) {
    G newg = new G();
    if (stacksize >= 0) {
      Stubs.systemstack(() -> newg.stack = Stack.stackalloc(stacksize));
    }
    return newg;
  }

  /** newproc creates a goroutine running fn; the work happens on the system stack. */
  static void newproc(Runnable fn) {
    G gp = G.getg();
    Stubs.systemstack(() -> newproc1(fn, gp));
  }

  static G newproc1(Runnable fn, G callergp) {
    G.P p = G.getg().m.p;
    G newg = gfget(p);
    if (newg == null) {
      newg = malg(Stack.FIXED_STACK);
    }
    newg.atomicstatus = G.GRUNNING;
    return newg;
  }

  /** gfget takes a dead g from the P's free list, allocating a stack if it has none. */
  static G gfget(G.P p) {
    G gp = p.gfree;
    if (gp == null) {
      return null;
    }
    p.gfree = gp.schedlink;
    p.gfreecnt--;
    if (gp.stack.lo == 0) {
      Stubs.systemstack(() -> gp.stack = Stack.stackalloc(Stack.FIXED_STACK));
    }
    return gp;
  }

  /** gfput puts a dead g on the P's free list, freeing a stack of non-standard size. */
  static void gfput(G.P p, G gp) {
    long stksize = gp.stack.hi - gp.stack.lo;
    if (stksize != Stack.FIXED_STACK) {
      Stack.stackfree(gp.stack, stksize);
      gp.stack.lo = 0;
      gp.stack.hi = 0;
    }
    gp.schedlink = p.gfree;
    p.gfree = gp;
    p.gfreecnt++;
  }

  /** goexit1 finishes the current goroutine: the rest runs on g0. */
  static void goexit1() {
    Stubs.mcall(Proc::goexit0);
  }

  /** goexit0 runs on g0 (through mcall): the dead g's stack can be recycled. */
  static void goexit0(G gp) {
    gp.atomicstatus = G.GDEAD;
    gfput(G.getg().m.p, gp);
    schedule();
  }

  static void schedule() {}

  static void gopark() {}
}
