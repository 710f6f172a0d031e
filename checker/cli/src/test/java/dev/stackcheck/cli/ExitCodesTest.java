package dev.stackcheck.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes per S9 on every path, and 3 with one line for an internal error. */
class ExitCodesTest {
  @TempDir Path root;
  private Path clean;
  private Path violating;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void writeSources() throws IOException {
    clean = Files.createDirectories(root.resolve("clean"));
    Files.writeString(clean.resolve("Ok.java"), "final class Ok {\n  static void m() {}\n}\n");
    violating = Files.createDirectories(root.resolve("violating"));
    Files.writeString(violating.resolve("Gc.java"), """
        import dev.stackcheck.annotations.SystemStack;
        final class Gc {
          @SystemStack static void free() {}
          static void sweep() { free(); }
        }
        """);
  }

  private int run(String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void noViolationNoErrorIsZero() {
    assertThat(run(clean.toString())).isEqualTo(0);
  }

  @Test
  void violationIsOne() {
    assertThat(run(violating.toString())).isEqualTo(1);
  }

  @Test
  void inputThatCannotBeAnalyzedIsTwoAndTheRestIsStillReported() throws IOException {
    Files.writeString(violating.resolve("Broken.java"), "final class Broken {\n");

    int exit = run(violating.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Broken.java:");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("[SystemStack]");
  }

  @Test
  void sourcesSavedInAnotherCharsetAreReadWithEncoding() throws IOException {
    Path latin1 = Files.createDirectories(root.resolve("latin1"));
    Files.write(latin1.resolve("Gc.java"), """
        import dev.stackcheck.annotations.SystemStack;
        // Ramasse-miettes: libère les piles.
        final class Gc {
          @SystemStack static void free() {}
          static void sweep() { free(); }
        }
        """.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(run(latin1.toString())).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Gc.java:2:1: error: not valid UTF-8 (byte 0xE8");
    out.reset();
    assertThat(run("--encoding", "ISO-8859-1", latin1.toString())).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Gc.java:5:25: error: [SystemStack]");
  }

  @Test
  void unknownEncodingIsTwoAndNamesTheOption() {
    assertThat(run("--encoding", "latin-42", clean.toString())).isEqualTo(2);
    assertThat(stderr()).contains("'encoding'");
  }

  @Test
  void folderWithoutJavaFilesIsZeroWithAWarning() throws IOException {
    Path empty = Files.createDirectories(root.resolve("docs"));
    Files.writeString(empty.resolve("README.md"), "# not Java\n");

    assertThat(run(empty.toString())).isEqualTo(0);
    assertThat(stderr()).contains("stackcheck: warning: no .java files in [" + empty + "]; nothing was checked");
  }

  @Test
  void missingPathIsTwo() {
    assertThat(run(root.resolve("nope").toString())).isEqualTo(2);
    assertThat(stderr()).contains("no such file or directory");
  }

  @Test
  void unknownOptionIsTwo() {
    assertThat(run("--frobnicate", clean.toString())).isEqualTo(2);
  }

  @Test
  void missingOptionValueIsTwoAndNamesTheOption() {
    assertThat(run(clean.toString(), "--java-release")).isEqualTo(2);
    assertThat(stderr()).contains("--java-release");
  }

  @Test
  void malformedOptionValueIsTwoAndNamesTheOption() {
    assertThat(run("--entry-points", "everything", clean.toString())).isEqualTo(2);
    assertThat(stderr()).contains("'entry-points'");
  }

  @Test
  void malformedConfigFileIsTwoAndNamesTheFile() throws IOException {
    Path config = root.resolve("stackcheck.properties");
    Files.writeString(config, "java-release=\\uZZZZ\n");

    assertThat(run("--config", config.toString(), clean.toString())).isEqualTo(2);
    assertThat(stderr()).contains("cannot read the configuration file " + config);
  }

  @Test
  void badValueInConfigFileIsTwoAndNamesTheOption() throws IOException {
    Path config = root.resolve("stackcheck.properties");
    Files.writeString(config, "default-trampolines=maybe\n");

    assertThat(run("--config", config.toString(), clean.toString())).isEqualTo(2);
    assertThat(stderr()).contains("'default-trampolines'");
  }

  @Test
  void malformedBaselineIsTwoOnOneLine() throws IOException {
    Path baseline = root.resolve("baseline.json");
    Files.writeString(baseline, "{ not json");

    assertThat(run("--baseline", baseline.toString(), clean.toString())).isEqualTo(2);
    assertThat(stderr().lines().toList()).hasSize(1);
    assertThat(stderr()).contains("'baseline'");
  }

  @Test
  void unwritableOutputIsTwo() {
    assertThat(run("-o", root.resolve("no/such/dir/report.txt").toString(), clean.toString())).isEqualTo(2);
    assertThat(stderr()).contains("cannot write the report to");
  }

  @Test
  void invalidClasspathEntryIsTwo() {
    assertThat(run("--classpath", "bad\u0000path", clean.toString())).isEqualTo(2);
  }

  @Test
  void internalErrorIsThreeWithOneLineAndAHint() {
    PrintStream failing = new PrintStream(new FailingStream(new IllegalStateException("disk\non fire")), true, StandardCharsets.UTF_8);

    int exit = new Main(failing, new PrintStream(err, true, StandardCharsets.UTF_8)).run(clean.toString());

    assertThat(exit).isEqualTo(3);
    assertThat(stderr().lines().toList())
        .containsExactly(
            "stackcheck: internal error: java.lang.IllegalStateException: disk on fire (re-run with --verbose for the trace)");
  }

  @Test
  void internalErrorWithVerbosePrintsTheTrace() {
    PrintStream failing = new PrintStream(new FailingStream(new IllegalStateException("boom")), true, StandardCharsets.UTF_8);

    int exit = new Main(failing, new PrintStream(err, true, StandardCharsets.UTF_8)).run("--verbose", clean.toString());

    assertThat(exit).isEqualTo(3);
    assertThat(stderr()).contains("\tat ");
  }

  @Test
  void errorsOfTheVirtualMachineAreThreeToo() {
    PrintStream failing = new PrintStream(new FailingStream(new StackOverflowError()), true, StandardCharsets.UTF_8);

    int exit = new Main(failing, new PrintStream(err, true, StandardCharsets.UTF_8)).run(clean.toString());

    assertThat(exit).isEqualTo(3);
    assertThat(stderr()).startsWith("stackcheck: internal error: java.lang.StackOverflowError");
    assertThat(stderr()).doesNotContain("\tat ");
  }

  @Test
  void warningsDoNotChangeTheExitCode() throws IOException {
    Files.writeString(clean.resolve("Quiet.java"), """
        final class Quiet {
          @SuppressWarnings("SystemStack")
          static void m() {}
          static void n() {} // stackcheck:ignore nothing to hide here
        }
        """);

    int exit = run(clean.toString());

    assertThat(exit).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Quiet.java:2:3: warning: @SuppressWarnings(\"SystemStack\") hides no stackcheck violation; remove it");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("stackcheck: no violations, 2 warnings in 2 files");
  }

  /** A stream whose writes fail the way an unexpected bug would. */
  private static final class FailingStream extends OutputStream {
    private final Throwable failure;

    FailingStream(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public void write(int b) {
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw (Error) failure;
    }
  }
}
