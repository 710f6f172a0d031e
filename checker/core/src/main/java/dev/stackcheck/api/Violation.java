package dev.stackcheck.api;

import java.util.Comparator;
import java.util.List;

/**
 * A reported path to {@code @SystemStack} code on a user stack.
 *
 * @param rule which rule (S7.1/S7.2 or S7.3)
 * @param location the call site (S7.1), or the declaration for {@link Rule#SYSTEM_STACK_OVERRIDE}
 * @param caller signature of the body containing the call
 * @param callee signature of the {@code @SystemStack} method called (or overriding, for S7.3)
 * @param viaDispatch true when the static target is not annotated and only an override is (S7.2)
 * @param message one-line description
 * @param path witness: shortest call path from an entry point to the callee, entry point first
 * @param entryPointReason why the first hop is an entry point, in words
 */
public record Violation(
    Rule rule,
    Location location,
    String caller,
    String callee,
    boolean viaDispatch,
    String message,
    List<Hop> path,
    String entryPointReason)
    implements Comparable<Violation> {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::location)
          .thenComparing(v -> v.rule().id())
          .thenComparing(Violation::callee)
          .thenComparing(Violation::caller);

  public Violation {
    path = List.copyOf(path);
  }

  /** Where the {@code @SystemStack} callee is declared, or null if it is in a compiled dependency. */
  public Location calleeLocation() {
    return path.isEmpty() ? null : path.get(path.size() - 1).location();
  }

  @Override
  public int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }
}
