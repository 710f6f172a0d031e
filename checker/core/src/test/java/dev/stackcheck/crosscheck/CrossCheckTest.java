package dev.stackcheck.crosscheck;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cross-checks stackcheck's call graph of real libraries against a call graph built from their
 * class files (docs/call-graph.md). Prints recall, precision and resolution coverage per corpus and
 * writes every difference to {@code target/crosscheck/<corpus>.txt}.
 */
class CrossCheckTest {
  static List<Corpus> corpora() {
    return Corpus.configured();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpora")
  void sourceGraphMatchesBytecode(Corpus corpus) throws IOException {
    CrossCheck check = CrossCheck.run(corpus);
    String summary = CrossCheckReport.format(check, 3);
    System.out.println(summary);
    Path folder = Files.createDirectories(Path.of("target", "crosscheck"));
    Files.writeString(folder.resolve(corpus.name() + ".txt"), summary + "\n" + CrossCheckReport.differences(check));

    assertWithMessage("source files that did not parse\n%s", summary).that(check.source.errors).isEmpty();
    assertWithMessage("edge recall against bytecode\n%s", summary).that(check.recall()).isAtLeast(0.995);
    assertWithMessage("edge precision against bytecode\n%s", summary).that(check.precision()).isAtLeast(0.98);
    assertWithMessage("call sites resolved precisely\n%s", summary).that(check.source.coverage.preciseShare()).isAtLeast(0.99);
  }
}
