package dev.stackcheck.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stackcheck.api.Hop;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Location;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Rule;
import dev.stackcheck.api.Stats;
import dev.stackcheck.api.Violation;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class VerdictTest {
  private static final Path SARIF = Path.of("target/stackcheck.sarif");

  @Test
  void violationFailsByDefault() {
    Verdict verdict = Verdict.of(report(1, 0), true, 0, true);

    MojoFailureException failure = assertThrows(MojoFailureException.class, () -> verdict.enforce(SARIF));

    assertThat(failure).hasMessageThat().startsWith("stackcheck: 1 violation;");
    assertThat(failure).hasMessageThat().contains("stackcheck.sarif");
  }

  @Test
  void violationsUpToTheAllowedNumberPass() throws MojoFailureException {
    Verdict verdict = Verdict.of(report(2, 0), true, 2, true);

    verdict.enforce(SARIF);

    assertThat(verdict.failsOnViolations()).isFalse();
  }

  @Test
  void oneMoreThanAllowedFails() {
    Verdict verdict = Verdict.of(report(3, 0), true, 2, true);

    MojoFailureException failure = assertThrows(MojoFailureException.class, () -> verdict.enforce(SARIF));

    assertThat(failure).hasMessageThat().contains("3 violations (at most 2 allowed)");
  }

  @Test
  void failOnViolationFalseOnlyWarns() throws MojoFailureException {
    Verdict verdict = Verdict.of(report(5, 0), false, 0, true);

    verdict.enforce(SARIF);

    assertThat(verdict.failsOnViolations()).isFalse();
  }

  @Test
  void inputErrorsFailLikeExitCodeTwoUnlessConfigured() throws MojoFailureException {
    MojoFailureException failure =
        assertThrows(MojoFailureException.class, () -> Verdict.of(report(0, 1), true, 0, true).enforce(SARIF));
    Verdict.of(report(0, 1), true, 0, false).enforce(SARIF);

    assertThat(failure).hasMessageThat().contains("1 input error");
  }

  private static Report report(int violations, int errors) {
    Location at = new Location(Path.of("/src/A.java").toAbsolutePath(), 1, 1);
    Violation violation =
        new Violation(Rule.SYSTEM_STACK, at, "a.A.m()", "a.S.f()", false, "m calls f",
            List.of(new Hop("a.A.m()", at), new Hop("a.S.f()", null)), "uncalled");
    return new Report(
        Collections.nCopies(violations, violation),
        Collections.nCopies(errors, new InputError(at, "syntax error")),
        List.of(),
        new Stats(1, 1, 0, 0, 0, 0, 0, 0));
  }
}
