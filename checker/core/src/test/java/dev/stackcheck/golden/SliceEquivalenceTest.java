package dev.stackcheck.golden;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The slice (resolving only call sites that may reach {@code @SystemStack} code) is an
 * optimization: on every golden case it must report exactly what resolving every call reports.
 */
class SliceEquivalenceTest {
  static Stream<GoldenCase> cases() throws IOException {
    return GoldenCase.all(GoldenTest.testdata()).stream().filter(c -> {
      try {
        return c.librarySources().isEmpty(); // cases with a lib/ need it compiled (GoldenTest does)
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void slicedReportEqualsFullReport(GoldenCase golden) throws IOException {
    Config config = golden.config();
    Report sliced = new Analyzer(config.toBuilder().resolveAll(false).build()).analyze(golden.sources());
    Report full = new Analyzer(config.toBuilder().resolveAll(true).build()).analyze(golden.sources());
    assertWithMessage("violations of %s", golden).that(sliced.violations()).isEqualTo(full.violations());
    assertWithMessage("errors of %s", golden).that(sliced.errors()).isEqualTo(full.errors());
  }

  static Path testdata() {
    return GoldenTest.testdata();
  }
}
