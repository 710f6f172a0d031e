package dev.stackcheck.index;

import java.util.List;

/**
 * What a call site was resolved to. Targets are named by signature, so a resolution stays valid
 * when the target's file is re-indexed (the graph links signatures to bodies).
 *
 * @param status how the targets were found
 * @param targets where control may go, before virtual dispatch is expanded
 * @param reason for {@link Status#FALLBACK} and {@link Status#UNRESOLVED}, why resolution failed
 */
public record Resolution(Status status, List<Target> targets, String reason) {
  /** How a call site was resolved. */
  public enum Status {
    /** Resolved by the symbol solver (or needs no resolution, as for a lambda). */
    PRECISE,
    /** Not resolved; connected to every method of the analyzed code with its name and arity. */
    FALLBACK,
    /** Not resolved and nothing in the analyzed code matches. */
    UNRESOLVED,
    /** Deliberately no edge (S4.9: a trampoline running its own parameter). */
    NONE
  }

  /**
   * One target of a site.
   *
   * @param signature the target body's signature (source or classpath)
   * @param trampoline true if the target runs on the system stack (a trampoline edge, S4.5)
   * @param virtual true if the call dispatches dynamically (S4.2)
   * @param receiverType erased static type of the receiver, bounding dispatch; null if not virtual
   */
  public record Target(String signature, boolean trampoline, boolean virtual, String receiverType) {}

  public Resolution {
    targets = List.copyOf(targets);
  }

  public static Resolution precise(List<Target> targets) {
    return new Resolution(Status.PRECISE, targets, null);
  }
}
