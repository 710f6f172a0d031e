package runtime;

/** runtime2.go: a goroutine, the thread it runs on, and its processor. */
final class G {
  static final int GRUNNING = 2;
  static final int GDEAD = 6;

  Stack.StackT stack = new Stack.StackT();
  G schedlink;
  int atomicstatus;
  M m;

  private static final ThreadLocal<G> CURRENT = new ThreadLocal<>();

  static G getg() {
    return CURRENT.get();
  }

  static final class M {
    G g0;
    G curg;
    P p;
    Mcache mcache;
    String preemptoff = "";
  }

  static final class P {
    int id;
    Mcache mcache;
    Mgcmark.GcWork gcw = new Mgcmark.GcWork();
    int gcMarkWorkerMode;
    G gfree;
    int gfreecnt;
  }
}
