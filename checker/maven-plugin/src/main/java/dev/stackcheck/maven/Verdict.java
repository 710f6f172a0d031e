package dev.stackcheck.maven;

import dev.stackcheck.api.Report;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Whether a report fails the build: more violations than allowed (with {@code failOnViolation}),
 * or input that could not be analyzed (with {@code failOnError}), the cases where the command line
 * exits with 1 and 2.
 */
record Verdict(int violations, int errors, boolean failsOnViolations, boolean failsOnErrors, int maxAllowed) {

  static Verdict of(Report report, boolean failOnViolation, int maxAllowedViolations, boolean failOnError) {
    int violations = report.violations().size();
    int errors = report.errors().size();
    return new Verdict(
        violations,
        errors,
        failOnViolation && violations > maxAllowedViolations,
        failOnError && errors > 0,
        maxAllowedViolations);
  }

  void enforce(Path sarif) throws MojoFailureException {
    if (!failsOnViolations && !failsOnErrors) {
      return;
    }
    StringBuilder message = new StringBuilder("stackcheck: ");
    if (failsOnViolations) {
      message.append(violations).append(violations == 1 ? " violation" : " violations");
      message.append(maxAllowed > 0 ? " (at most " + maxAllowed + " allowed)" : "");
    }
    if (failsOnErrors) {
      message.append(failsOnViolations ? " and " : "");
      message.append(errors).append(errors == 1 ? " input error" : " input errors");
      message.append(" (code that could not be analyzed; stackcheck.failOnError=false only reports them)");
    }
    message.append("; see the log above or ").append(sarif);
    throw new MojoFailureException(message.toString());
  }
}
