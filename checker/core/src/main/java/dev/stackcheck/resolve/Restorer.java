package dev.stackcheck.resolve;

import dev.stackcheck.index.Body;

/**
 * Lets an incremental run keep the resolutions of a body whose code did not change instead of
 * asking the symbol solver again. Called by {@link Resolver} after the hierarchy phase, once per
 * body of the files it resolves; a body it restores is skipped by the call phases.
 */
public interface Restorer {
  /**
   * Gives {@code body}'s call sites their earlier resolutions (and the facts the call phases set
   * on it) if nothing they depend on changed; returns whether it did.
   */
  boolean restore(Body body);

  /** Restores nothing. */
  Restorer NONE = body -> false;
}
