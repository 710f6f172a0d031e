package dev.stackcheck.baseline;

import dev.stackcheck.api.Report;
import dev.stackcheck.api.Violation;
import dev.stackcheck.report.PathDisplay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of accepted violations and the file it lives in. Paths in entries are relative to that
 * file's directory, so a baseline at the repository root holds repository-relative paths.
 *
 * <p>Only entries within the analyzed inputs (the <em>scope</em>) take part: checking one module
 * neither reports another module's entries as stale nor drops them on update, so modules can share
 * one baseline file. Immutable; {@link BaselineFile} reads and writes it.
 */
public final class Baseline {
  private final Path file;
  private final List<BaselineEntry> entries;
  private final PathDisplay paths;

  Baseline(Path file, Set<BaselineEntry> entries) {
    this.file = file.toAbsolutePath().normalize();
    this.entries = List.copyOf(new TreeSet<>(entries));
    Path directory = this.file.getParent();
    this.paths = new PathDisplay(directory == null ? this.file : directory);
  }

  /** A baseline with no entries, to be written to {@code file}. */
  public static Baseline empty(Path file) {
    return new Baseline(file, Set.of());
  }

  public Path file() {
    return file;
  }

  /** The entries, sorted by file, rule, caller and callee. */
  public List<BaselineEntry> entries() {
    return entries;
  }

  /** The entry that would accept {@code violation}. */
  public BaselineEntry entryFor(Violation violation) {
    return new BaselineEntry(
        violation.rule().id(), paths.show(violation.location().file()), violation.caller(), violation.callee());
  }

  /**
   * Removes the accepted violations from {@code report} and finds the stale entries.
   *
   * @param scope the analyzed inputs (folders or files); empty means everything
   */
  public BaselineResult apply(Report report, List<Path> scope) {
    Set<BaselineEntry> known = new HashSet<>(entries);
    Set<BaselineEntry> used = new HashSet<>();
    List<Violation> remaining = new ArrayList<>();
    List<Violation> accepted = new ArrayList<>();
    for (Violation violation : report.violations()) {
      BaselineEntry entry = entryFor(violation);
      if (known.contains(entry)) {
        accepted.add(violation);
        used.add(entry);
      } else {
        remaining.add(violation);
      }
    }
    List<BaselineEntry> stale = new ArrayList<>();
    for (BaselineEntry entry : entries) {
      if (!used.contains(entry) && inScope(entry, scope)) {
        stale.add(entry);
      }
    }
    Report filtered = report.withViolations(remaining);
    return new BaselineResult(filtered, accepted, stale);
  }

  /**
   * This baseline brought up to date with {@code report}: entries within {@code scope} are replaced
   * by one entry per current violation; entries outside it are kept.
   */
  public Baseline updatedWith(Report report, List<Path> scope) {
    Set<BaselineEntry> updated = new TreeSet<>();
    for (BaselineEntry entry : entries) {
      if (!inScope(entry, scope)) {
        updated.add(entry);
      }
    }
    for (Violation violation : report.violations()) {
      updated.add(entryFor(violation));
    }
    return new Baseline(file, updated);
  }

  private boolean inScope(BaselineEntry entry, List<Path> scope) {
    if (scope.isEmpty()) {
      return true;
    }
    Path directory = file.getParent();
    Path entryFile = (directory == null ? Path.of(entry.file()) : directory.resolve(entry.file())).normalize();
    for (Path input : scope) {
      if (entryFile.startsWith(input.toAbsolutePath().normalize())) {
        return true;
      }
    }
    return false;
  }
}
