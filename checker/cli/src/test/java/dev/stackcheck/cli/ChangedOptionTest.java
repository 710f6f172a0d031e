package dev.stackcheck.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --changed}: only diagnostics in the changed files, or whose witness path passes through them. */
class ChangedOptionTest {
  @TempDir Path root;
  private Path stack;
  private Path gc;
  private Path mark;
  private Path main;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  @BeforeEach
  void writeSources() throws IOException {
    stack = write("Stack.java", "package demo;\nimport dev.stackcheck.annotations.SystemStack;\n"
        + "final class Stack {\n  @SystemStack static void free(long n) {}\n}\n");
    gc = write("Gc.java", "package demo;\nfinal class Gc {\n  static void sweep() {\n    Stack.free(1);\n  }\n}\n");
    mark = write("Mark.java", "package demo;\nfinal class Mark {\n  static void mark() {\n    Stack.free(2);\n  }\n}\n");
    main = write("Main.java", "package demo;\nfinal class Main {\n  public static void main(String[] args) {\n    Gc.sweep();\n  }\n}\n");
  }

  @Test
  void aChangedFileReportsItsOwnViolationsInCompilerFormat() {
    int exit = run("--changed", mark.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(errorLines()).containsExactly(mark + ":4:11: error: [SystemStack]");
  }

  @Test
  void aViolationWhosePathPassesThroughAChangedFileIsReported() {
    run("--changed", main.toString());

    assertThat(errorLines()).containsExactly(gc + ":4:11: error: [SystemStack]");
  }

  @Test
  void changingTheSystemStackDeclarationReportsEveryCaller() {
    run("--changed", stack.toString());

    assertThat(errorLines()).containsExactly(gc + ":4:11: error: [SystemStack]", mark + ":4:11: error: [SystemStack]");
  }

  @Test
  void aFileThatCausesNothingReportsNothing() throws IOException {
    Path clock = write("Clock.java", "package demo;\nfinal class Clock {\n  static long now() { return 0; }\n}\n");

    int exit = run("--changed", clock.toString());

    assertThat(exit).isEqualTo(0);
    assertThat(errorLines()).isEmpty();
  }

  private int run(String... options) {
    List<String> args = new java.util.ArrayList<>(List.of(root.toString()));
    args.addAll(List.of(options));
    PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new Main(stdout, stderr).run(args.toArray(String[]::new));
  }

  /** The diagnostic lines, up to the rule id (paths are absolute: the sources are outside the working directory). */
  private List<String> errorLines() {
    return out.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> l.contains(": error: "))
        .map(l -> l.substring(0, l.indexOf(']') + 1))
        .toList();
  }

  private Path write(String name, String text) throws IOException {
    Path dir = Files.createDirectories(root.resolve("demo"));
    return Files.writeString(dir.resolve(name), text).toAbsolutePath().normalize();
  }
}
