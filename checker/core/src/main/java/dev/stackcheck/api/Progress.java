package dev.stackcheck.api;

/**
 * Hears how an analysis advances, for a progress line or per-stage timings. The stages of a
 * one-shot run, in order: {@code parse} (read and parse the files), {@code index} (bodies and call
 * sites), {@code signatures}, {@code hierarchy} (ancestors and overrides), {@code slice} (what may
 * reach {@code @SystemStack} code), {@code calls} (resolve call sites), {@code check} (call graph,
 * contexts, violations). Called on the analysis threads; implementations must be thread-safe and
 * cheap. Never changes the result.
 */
public interface Progress {
  /** Hears nothing. */
  Progress NONE = new Progress() {};

  /** A stage begins; the previous one, if any, has ended. */
  default void stage(String name) {}

  /** In the current stage, {@code done} of {@code total} units (files parsed, call sites resolved). */
  default void advance(int done, int total) {}

  /** The analysis has ended. */
  default void finished() {}
}
