package dev.stackcheck;

import static com.google.common.truth.Fact.fact;
import static com.google.common.truth.Fact.simpleFact;
import static com.google.common.truth.Truth.assertAbout;

import com.google.common.truth.FailureMetadata;
import com.google.common.truth.Subject;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Truth assertions about a {@link Report}, so that tests read as sentences:
 *
 * <pre>{@code
 * assertThat(report).hasViolation("SystemStack").inFile("Gc.java").onLine(12);
 * assertThat(report).hasNoViolations();
 * }</pre>
 */
public final class ReportSubject extends Subject {
  private final Report actual;

  private ReportSubject(FailureMetadata metadata, Report actual) {
    super(metadata, actual);
    this.actual = actual;
  }

  public static Subject.Factory<ReportSubject, Report> reports() {
    return ReportSubject::new;
  }

  public static ReportSubject assertThat(Report report) {
    return assertAbout(reports()).that(report);
  }

  /** The violations of one rule (by its id); fails if there is none. */
  public ViolationsSubject hasViolation(String ruleId) {
    List<Violation> matching =
        actual.violations().stream().filter(v -> v.rule().id().equals(ruleId)).collect(Collectors.toList());
    if (matching.isEmpty()) {
      failWithoutActual(
          fact("expected a violation of rule", ruleId), fact("but the violations were", describe(actual.violations())));
    }
    return check("violations(%s)", ruleId).about(ViolationsSubject.violations()).that(matching);
  }

  public void hasNoViolations() {
    if (!actual.violations().isEmpty()) {
      failWithoutActual(simpleFact("expected no violations"), fact("but was", describe(actual.violations())));
    }
  }

  public void hasNoErrors() {
    if (!actual.errors().isEmpty()) {
      failWithoutActual(simpleFact("expected no input errors"), fact("but was", actual.errors()));
    }
  }

  static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      return "none";
    }
    return violations.stream()
        .map(v -> v.location().file().getFileName() + ":" + v.location().line() + ":" + v.location().column()
            + " [" + v.rule().id() + "] " + v.message())
        .collect(Collectors.joining("\n"));
  }
}
