package dev.stackcheck.crosscheck;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cross-checks stackcheck's call graph of real libraries against a call graph built from their
 * class files (docs/call-graph.md). Prints recall, precision and resolution coverage per corpus,
 * with the targets of the fidelity issue, and writes every difference to
 * {@code target/crosscheck/<corpus>.txt}.
 *
 * <p>The assertions are the targets themselves, so the figures cannot silently get worse. The
 * solver's choice among some overloads still varies from run to run (docs/call-graph.md); over
 * repeated runs on Commons Lang this moved the figures by less than a tenth of a point.
 */
class CrossCheckTest {
  /** Recall, precision and coverage that the issue asks for. */
  static final Figures TARGETS = new Figures(0.995, 0.98, 0.99);

  record Figures(double recall, double precision, double coverage) {}

  static List<Corpus> corpora() {
    return Corpus.configured();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpora")
  void sourceGraphMatchesBytecode(Corpus corpus) throws IOException {
    CrossCheck check = CrossCheck.run(corpus);
    String summary = CrossCheckReport.format(check, 3);
    Figures measured = new Figures(check.recall(), check.precision(), check.source.coverage.preciseShare());
    String headline = summary.lines().limit(5).reduce("", (a, b) -> a + b + "\n") + targets(measured);
    System.out.println(summary + targets(measured));
    Path folder = Files.createDirectories(Path.of("target", "crosscheck"));
    Files.writeString(folder.resolve(corpus.name() + ".txt"), summary + targets(measured) + "\n" + CrossCheckReport.differences(check));

    assertWithMessage("source files that did not parse\n%s", headline).that(check.source.errors).isEmpty();
    assertWithMessage("edge recall against bytecode\n%s", headline).that(measured.recall()).isAtLeast(TARGETS.recall());
    assertWithMessage("edge precision against bytecode\n%s", headline).that(measured.precision()).isAtLeast(TARGETS.precision());
    assertWithMessage("call sites resolved precisely\n%s", headline).that(measured.coverage()).isAtLeast(TARGETS.coverage());
  }

  private static String targets(Figures measured) {
    return String.format(
        Locale.ROOT,
        "targets: recall >= %.1f%% %s, precision >= %.1f%% %s, coverage >= %.1f%% %s%n",
        100 * TARGETS.recall(),
        measured.recall() >= TARGETS.recall() ? "met" : "NOT MET",
        100 * TARGETS.precision(),
        measured.precision() >= TARGETS.precision() ? "met" : "NOT MET",
        100 * TARGETS.coverage(),
        measured.coverage() >= TARGETS.coverage() ? "met" : "NOT MET");
  }
}
