package dev.stackcheck.api;

import java.util.List;

/**
 * The result of one analysis: violations and input errors, each sorted by file, line and column.
 * Immutable.
 */
public record Report(
    List<Violation> violations,
    List<InputError> errors,
    List<UnresolvedSite> unresolvedSites,
    Stats stats) {

  public Report {
    violations = List.copyOf(violations);
    errors = List.copyOf(errors);
    unresolvedSites = List.copyOf(unresolvedSites);
  }

  /** Exit status per spec S9: 2 if some input could not be analyzed, else 1 if violations, else 0. */
  public int exitCode() {
    if (!errors.isEmpty()) {
      return 2;
    }
    return violations.isEmpty() ? 0 : 1;
  }
}
