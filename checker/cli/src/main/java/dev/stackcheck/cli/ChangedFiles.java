package dev.stackcheck.cli;

import dev.stackcheck.api.Hop;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Violation;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code --changed FILE...}: keeps the diagnostics in the changed files or caused by them. A
 * violation is caused by a file when its witness path passes through it: the call site, any hop
 * of the path, or the {@code @SystemStack} callee's declaration is in that file. An input error
 * is kept when it is in a changed file. Stateless.
 */
final class ChangedFiles {
  private ChangedFiles() {}

  static Report restrict(Report report, List<Path> changed) {
    Set<Path> files = new HashSet<>();
    for (Path file : changed) {
      files.add(file.toAbsolutePath().normalize());
    }
    List<Violation> violations = report.violations().stream().filter(v -> causedBy(v, files)).toList();
    List<InputError> errors = report.errors().stream().filter(e -> files.contains(e.location().file())).toList();
    return new Report(violations, errors, report.unresolvedSites(), report.stats());
  }

  private static boolean causedBy(Violation violation, Set<Path> files) {
    if (files.contains(violation.location().file())) {
      return true;
    }
    for (Hop hop : violation.path()) {
      if (hop.location() != null && files.contains(hop.location().file())) {
        return true;
      }
    }
    return false;
  }
}
