package dev.stackcheck.maven;

import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Violation;
import dev.stackcheck.api.Warning;
import dev.stackcheck.report.PathDisplay;
import dev.stackcheck.report.TextReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints a report into the Maven log in compiler format, {@code /abs/path/File.java:line:col:
 * error: [Rule] message} with the witness path indented below, so that IDEs and CI logs link each
 * line. Paths are absolute, as javac's are in Maven output. Violations are errors when they fail
 * the build and warnings otherwise; suppressions that hide nothing are warnings.
 */
final class BuildLog {
  private final Log log;
  private final boolean violations;
  private final TextReport text = new TextReport(PathDisplay.absolute(), false);
  private final PathDisplay paths = PathDisplay.absolute();

  BuildLog(Log log, boolean violations) {
    this.log = log;
    this.violations = violations;
  }

  void write(Report report, boolean failing) {
    for (InputError error : report.errors()) {
      log.error(paths.show(error.location().file()) + ":" + error.location().line() + ":" + error.location().column()
          + ": error: " + error.message());
    }
    for (Warning warning : report.warnings()) {
      log.warn(paths.show(warning.location().file()) + ":" + warning.location().line() + ":" + warning.location().column()
          + ": warning: " + warning.message());
    }
    if (!violations) {
      return;
    }
    for (Violation violation : report.violations()) {
      StringWriter lines = new StringWriter();
      PrintWriter out = new PrintWriter(lines);
      text.writeViolation(violation, out);
      out.flush();
      for (String line : lines.toString().split("\\R")) {
        if (failing) {
          log.error(line);
        } else {
          log.warn(line);
        }
      }
    }
  }

  String summary(Report report, Path sarif) {
    return TextReport.summary(report) + " (reports: " + sarif.getParent().resolve(AbstractStackcheckMojo.JSON_REPORT)
        + ", " + sarif + ")";
  }
}
