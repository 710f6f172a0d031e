package runtime;

/** mgcmark.go: marking roots and draining the mark queue. */
final class Mgcmark {
  static final int DRAIN_BLOCK = 0;
  static final int DRAIN_UNTIL_PREEMPT = 1;
  static final int DRAIN_NO_BLOCK = 2;
  static final int DRAIN_FLUSH_BG_CREDIT = 4;

  static final int FIXED_ROOT_FINALIZERS = 0;
  static final int FIXED_ROOT_FREE_G_STACKS = 1;
  static final int FIXED_ROOT_COUNT = 2;

  static int nSpanRoots;
  static int markrootNext;
  static int markrootJobs;
  static boolean markrootDone;
  static G[] allgs = new G[0];

  /** A P's queue of grey objects. */
  static final class GcWork {
    long tryGet() {
      return 0;
    }
  }

  private Mgcmark() {}

  /** gcDrain scans roots and objects until there is no more work (or it is preempted). */
  static void gcDrain(GcWork gcw, int flags) {
    while (markrootNext < markrootJobs) {
      int job = markrootNext++;
      markroot(gcw, job);
    }
    for (long b = gcw.tryGet(); b != 0; b = gcw.tryGet()) {
      scanobject(b, gcw);
    }
  }

  /** gcDrainN does about scanWork units of work; used by mutator assists. */
  static long gcDrainN(GcWork gcw, long scanWork) {
    long done = 0;
    while (done < scanWork && markrootNext < markrootJobs) {
      markroot(gcw, markrootNext++);
      done++;
    }
    return done;
  }

  /** markroot scans the i'th root. */
  static void markroot(GcWork gcw, int i) {
    int baseSpans = FIXED_ROOT_COUNT;
    int baseStacks = baseSpans + nSpanRoots;
    if (i == FIXED_ROOT_FINALIZERS) {
      scanblock(gcw);
    } else if (i == FIXED_ROOT_FREE_G_STACKS) {
      // Only do this once per GC cycle.
      if (!markrootDone) {
        markrootFreeGStacks();
      }
    } else if (baseSpans <= i && i < baseStacks) {
      markrootSpans(gcw, i - baseSpans);
    } else {
      G gp = allgs[i - baseStacks];
      // scang must be done on the system stack in case we are trying to scan our own stack.
      Stubs.systemstack(() -> scang(gp, gcw));
    }
  }

  /** markrootFreeGStacks frees the stacks of dead goroutines. */
  static void markrootFreeGStacks() {
    G list = deadGoroutinesWithStacks();
    for (G gp = list; gp != null; gp = gp.schedlink) {
      Stack.stackfree(gp.stack, Stack.FIXED_STACK); // want: SystemStack path: gcBgMarkWorker -> gcDrain -> markroot -> markrootFreeGStacks -> stackfree
      gp.stack.lo = 0;
      gp.stack.hi = 0;
    }
  }

  static G deadGoroutinesWithStacks() {
    return null;
  }

  static void markrootSpans(GcWork gcw, int shard) {}

  static void scanblock(GcWork gcw) {}

  static void scanobject(long b, GcWork gcw) {}

  /** scang scans gp's stack; it may shrink the stack while it is stopped. */
  static void scang(G gp, GcWork gcw) {
    scanstack(gp, gcw);
  }

  static void scanstack(G gp, GcWork gcw) {
    Stack.shrinkstack(gp);
  }
}
