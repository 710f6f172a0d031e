package dev.stackcheck.api;

import java.util.List;

/**
 * The result of one analysis: violations, input errors and warnings, each sorted by file, line
 * and column. Immutable.
 */
public record Report(
    List<Violation> violations,
    List<InputError> errors,
    List<UnresolvedSite> unresolvedSites,
    Stats stats,
    List<Warning> warnings) {

  public Report {
    violations = List.copyOf(violations);
    errors = List.copyOf(errors);
    unresolvedSites = List.copyOf(unresolvedSites);
    warnings = List.copyOf(warnings);
  }

  /** A report without warnings. */
  public Report(List<Violation> violations, List<InputError> errors, List<UnresolvedSite> unresolvedSites, Stats stats) {
    this(violations, errors, unresolvedSites, stats, List.of());
  }

  /** This report with other violations (after a baseline), keeping everything else. */
  public Report withViolations(List<Violation> violations) {
    return new Report(violations, errors, unresolvedSites, stats, warnings);
  }

  /**
   * Exit status per spec S9: 2 if some input could not be analyzed, else 1 if violations, else 0.
   * Warnings never change it.
   */
  public int exitCode() {
    if (!errors.isEmpty()) {
      return 2;
    }
    return violations.isEmpty() ? 0 : 1;
  }
}
