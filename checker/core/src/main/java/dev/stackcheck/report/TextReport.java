package dev.stackcheck.report;

import dev.stackcheck.api.Hop;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Location;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Rule;
import dev.stackcheck.api.UnresolvedSite;
import dev.stackcheck.api.Violation;
import dev.stackcheck.api.Warning;
import java.io.PrintWriter;
import java.util.List;

/**
 * The human-readable report, shaped like compiler output so that editors and CI logs link it:
 * {@code file:line:col: error: [Rule] message}, then the witness path one hop a line, then a
 * hint; input errors as {@code file:line:col: error: message}; warnings as {@code
 * file:line:col: warning: message}; a summary line last. Stateless.
 */
public final class TextReport {
  private final PathDisplay paths;
  private final boolean verbose;

  public TextReport(PathDisplay paths, boolean verbose) {
    this.paths = paths;
    this.verbose = verbose;
  }

  public void write(Report report, PrintWriter out) {
    for (InputError error : report.errors()) {
      out.println(at(error.location()) + ": error: " + error.message());
    }
    for (Violation violation : report.violations()) {
      writeViolation(violation, out);
    }
    for (Warning warning : report.warnings()) {
      out.println(at(warning.location()) + ": warning: " + warning.message());
    }
    if (verbose) {
      for (UnresolvedSite site : report.unresolvedSites()) {
        out.println(at(site.location()) + ": note: call not resolved precisely: " + site.call() + " ("
            + site.reason() + "); " + (site.candidates() == 0
                ? "no method of the analyzed code matches it"
                : "connected by name to " + site.candidates() + " method" + (site.candidates() == 1 ? "" : "s")));
      }
      var stats = report.stats();
      out.println("stats: " + stats.files() + " files, " + stats.bodies() + " bodies, " + stats.edges()
          + " edges, " + stats.callSites() + " call sites (" + stats.resolvedCalls() + " resolved, "
          + stats.fallbackCalls() + " by fallback, " + stats.unresolvedCalls() + " unresolved, "
          + stats.skippedCalls() + " skipped: cannot reach @SystemStack code)");
    }
    out.println(summary(report));
    out.flush();
  }

  /** One violation: the diagnostic line, its witness path and a hint. */
  public void writeViolation(Violation violation, PrintWriter out) {
    out.println(at(violation.location()) + ": error: [" + violation.rule().id() + "] " + violation.message());
    List<Hop> path = violation.path();
    if (violation.rule() == Rule.SYSTEM_STACK) {
      out.println("  entry point: " + path.get(0).body() + " (" + violation.entryPointReason() + ")");
    }
    int width = 0;
    for (Hop hop : path) {
      width = Math.max(width, hop.body().length() + 3);
    }
    width = Math.min(width, 100);
    for (int i = 0; i < path.size(); i++) {
      Hop hop = path.get(i);
      StringBuilder line = new StringBuilder("    ");
      line.append(i == 0 ? "   " : "-> ").append(hop.body());
      boolean last = i == path.size() - 1;
      String where = hop.location() == null ? "(compiled)" : at(hop.location());
      String marker = last ? "[@SystemStack] " : "";
      line.append(" ".repeat(Math.max(1, width - hop.body().length() - 1)));
      line.append(marker).append(where);
      out.println(line);
    }
    out.println("  hint: " + hint(violation));
  }

  private static String hint(Violation violation) {
    if (violation.rule() == Rule.SYSTEM_STACK_OVERRIDE) {
      return "annotate " + violation.caller()
          + " @SystemStack if you own it, or do not implement it with @SystemStack code; suppress with @SuppressWarnings(\""
          + violation.rule().id() + "\") if every caller is known to run on the system stack";
    }
    return "run the call through a trampoline, e.g. systemstack(() -> ...), or annotate "
        + violation.caller() + " @SystemStack if every path to it already runs on the system stack";
  }

  /** The last line: counts of violations, input errors and files. */
  public static String summary(Report report) {
    int violations = report.violations().size();
    int errors = report.errors().size();
    String files = report.stats().files() + (report.stats().files() == 1 ? " file" : " files");
    StringBuilder summary = new StringBuilder("stackcheck: ");
    summary.append(violations == 0 ? "no violations" : violations + (violations == 1 ? " violation" : " violations"));
    if (errors > 0) {
      summary.append(", ").append(errors).append(errors == 1 ? " input error" : " input errors");
    }
    int warnings = report.warnings().size();
    if (warnings > 0) {
      summary.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
    }
    summary.append(" in ").append(files);
    return summary.toString();
  }

  private String at(Location location) {
    return paths.show(location.file()) + ":" + location.line() + ":" + location.column();
  }
}
