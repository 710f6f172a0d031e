package runtime;

/** mgc.go: the garbage collector's driver. */
final class Mgc {
  static final int DEDICATED_MODE = 0;
  static final int FRACTIONAL_MODE = 1;

  private Mgc() {}

  /**
   * gcBgMarkWorker is the body of a background mark worker goroutine: started with
   * {@code go gcBgMarkWorker(p)}, it runs on its own user stack. Nothing in the runtime calls it,
   * so it is an entry point.
   */
  static void gcBgMarkWorker(G.P p) {
    while (true) {
      Proc.gopark();
      switch (p.gcMarkWorkerMode) {
        case DEDICATED_MODE -> Mgcmark.gcDrain(p.gcw, Mgcmark.DRAIN_NO_BLOCK | Mgcmark.DRAIN_FLUSH_BG_CREDIT);
        case FRACTIONAL_MODE -> Mgcmark.gcDrain(p.gcw, Mgcmark.DRAIN_UNTIL_PREEMPT | Mgcmark.DRAIN_FLUSH_BG_CREDIT);
        default -> Stubs.throwError("gcBgMarkWorker: unexpected gcMarkWorkerMode");
      }
    }
  }

  /** gcMarkTermination finishes marking with the world stopped, on the system stack. */
  static void gcMarkTermination(long startTime) {
    Stubs.systemstack(() -> gcMark(startTime));
  }

  static void gcMark(long startTime) {
    G.P p = G.getg().m.p;
    Mgcmark.gcDrain(p.gcw, Mgcmark.DRAIN_BLOCK);
  }

  /** gcAssistAlloc makes an allocating goroutine help with marking, on the system stack. */
  static void gcAssistAlloc(G gp) {
    Stubs.systemstack(() -> gcAssistAlloc1(gp, 1024));
  }

  static void gcAssistAlloc1(G gp, long scanWork) {
    Mgcmark.gcDrainN(gp.m.p.gcw, scanWork);
  }
}
