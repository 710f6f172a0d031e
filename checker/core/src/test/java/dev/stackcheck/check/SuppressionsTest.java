package dev.stackcheck.check;

import static com.google.common.truth.Truth.assertThat;

import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Violation;
import dev.stackcheck.api.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S7.5 and the {@code // stackcheck:ignore <reason>} form, with warnings for what hides nothing. */
class SuppressionsTest {
  @TempDir Path root;

  private Report analyze(String body) throws IOException {
    Files.writeString(root.resolve("Gc.java"), """
        import dev.stackcheck.annotations.SystemStack;
        final class Gc {
          @SystemStack static void free() {}
        """ + body + "}\n");
    return new Analyzer(Config.defaults()).analyze(List.of(root));
  }

  private static List<Integer> violationLines(Report report) {
    return report.violations().stream().map(Violation::location).map(l -> l.line()).toList();
  }

  private static List<String> warnings(Report report) {
    return report.warnings().stream().map(w -> w.location().line() + ":" + w.location().column() + " " + w.message()).toList();
  }

  @Test
  void commentOnTheLineOfTheCallHidesItsViolation() throws IOException {
    Report report = analyze("""
          static void a() {
            free(); // stackcheck:ignore runs before any user thread exists
            free();
          }
        """);

    assertThat(violationLines(report)).containsExactly(6);
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void commentOnTheLineBeforeHidesTheNextLine() throws IOException {
    Report report = analyze("""
          static void a() {
            // stackcheck:ignore: checked by hand, the world is stopped
            free();
          }
        """);

    assertThat(report.violations()).isEmpty();
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void commentTwoLinesAboveHidesNothingAndIsReported() throws IOException {
    Report report = analyze("""
          static void a() {
            // stackcheck:ignore too far away

            free();
          }
        """);

    assertThat(violationLines(report)).containsExactly(7);
    assertThat(warnings(report)).containsExactly("5:5 // stackcheck:ignore hides no violation on the next line; remove it");
  }

  @Test
  void commentWithoutAReasonHidesNothingAndIsReported() throws IOException {
    Report report = analyze("""
          static void a() {
            free(); // stackcheck:ignore
          }
        """);

    assertThat(violationLines(report)).containsExactly(5);
    assertThat(warnings(report))
        .containsExactly(
            "5:13 // stackcheck:ignore needs a reason after it, e.g. '// stackcheck:ignore runs before any user"
                + " thread exists'; without one it hides nothing");
  }

  @Test
  void markerInsideAStringIsNotAComment() throws IOException {
    Report report = analyze("""
          static void a() {
            free(); String s = "// stackcheck:ignore not a comment";
          }
        """);

    assertThat(violationLines(report)).containsExactly(5);
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void annotationHidesViolationsInItsScopeIncludingLambdas() throws IOException {
    Report report = analyze("""
          @SuppressWarnings({"unchecked", "SystemStack"})
          static void a() {
            free();
            Runnable r = () -> free();
          }
          static void b() {
            free();
          }
        """);

    assertThat(violationLines(report)).containsExactly(10);
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void annotationThatHidesNothingIsReported() throws IOException {
    Report report = analyze("""
          @SuppressWarnings("stackcheck")
          static void a() {}
        """);

    assertThat(warnings(report)).containsExactly("4:3 @SuppressWarnings(\"stackcheck\") hides no stackcheck violation; remove it");
    assertThat(report.exitCode()).isEqualTo(0);
  }

  @Test
  void otherWarningNamesAreNotOurs() throws IOException {
    Report report = analyze("""
          @SuppressWarnings("unchecked")
          static void a() {}
        """);

    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void bothFormsOnOneViolationAreBothUsed() throws IOException {
    Report report = analyze("""
          @SuppressWarnings("SystemStack")
          static void a() {
            free(); // stackcheck:ignore belt and braces
          }
        """);

    assertThat(report.violations()).isEmpty();
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void warningsAreSortedByPosition() throws IOException {
    Report report = analyze("""
          static void a() {} // stackcheck:ignore nothing
          @SuppressWarnings("SystemStack")
          static void b() {}
        """);

    assertThat(report.warnings().stream().map(Warning::location).map(l -> l.line()).toList()).containsExactly(4, 5).inOrder();
  }
}
