package runtime;

import dev.stackcheck.annotations.Trampoline;
import java.util.function.Consumer;

/** stubs.go: the two ways to switch to the system (g0) stack. */
final class Stubs {
  private Stubs() {}

  /**
   * systemstack runs fn on the system stack and switches back. A trampoline by its default name
   * alone (S3.4): it carries no annotation.
   */
  static void systemstack(Runnable fn) {
    G gp = G.getg();
    if (gp == gp.m.g0) {
      fn.run(); // already on the system stack
      return;
    }
    fn.run(); // the assembly switches to g0 before and back after
  }

  /** mcall switches to g0 and calls fn(g) there; fn must not return (it schedules another g). */
  @Trampoline
  static void mcall(Consumer<G> fn) {
    fn.accept(G.getg());
  }

  static void throwError(String message) {
    throw new IllegalStateException(message);
  }
}
