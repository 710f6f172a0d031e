package dev.stackcheck.cli;

import static com.google.common.truth.Truth.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineAndSarifOptionsTest {
  @TempDir Path root;
  private Path sources;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void writeSources() throws IOException {
    sources = Files.createDirectories(root.resolve("src/demo"));
    Files.writeString(sources.resolve("Stack.java"), """
        package demo;
        import dev.stackcheck.annotations.SystemStack;
        final class Stack {
          @SystemStack static void free(long n) {}
        }
        """);
    Files.writeString(sources.resolve("Gc.java"), """
        package demo;
        final class Gc {
          static void sweep() {
            Stack.free(1);
          }
        }
        """);
  }

  @Test
  void sarifFormatWritesASarifLog() {
    int exit = run("--format", "sarif", sources.toString());

    JsonObject log = JsonParser.parseString(stdout()).getAsJsonObject();
    assertThat(exit).isEqualTo(1);
    assertThat(log.get("version").getAsString()).isEqualTo("2.1.0");
    assertThat(log.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")).hasSize(1);
  }

  @Test
  void updateBaselineAcceptsCurrentViolationsThenTheyPass() throws IOException {
    Path baseline = root.resolve("stackcheck-baseline.json");

    int update = run("--baseline", baseline.toString(), "--update-baseline", sources.toString());
    int again = run("--baseline", baseline.toString(), sources.toString());

    assertThat(update).isEqualTo(0);
    assertThat(again).isEqualTo(0);
    assertThat(Files.readString(baseline)).contains("\"file\": \"src/demo/Gc.java\"");
    assertThat(Files.readString(baseline)).contains("\"caller\": \"demo.Gc.sweep()\"");
  }

  @Test
  void newViolationIsStillReportedAndFixedOneIsStale() throws IOException {
    Path baseline = root.resolve("stackcheck-baseline.json");
    run("--baseline", baseline.toString(), "--update-baseline", sources.toString());
    Files.writeString(sources.resolve("Gc.java"), """
        package demo;
        final class Gc {
          static void mark() {
            Stack.free(2);
          }
        }
        """);
    out.reset();
    err.reset();

    int exit = run("--baseline", baseline.toString(), sources.toString());

    assertThat(exit).isEqualTo(1);
    assertThat(stdout()).contains("Gc.java:4:11: error: [SystemStack] demo.Gc.mark()");
    assertThat(stderr()).contains("warning: baseline entry matches no violation");
    assertThat(stderr()).contains("demo.Gc.sweep()");
  }

  @Test
  void missingBaselineIsAUsageError() {
    int exit = run("--baseline", root.resolve("none.json").toString(), sources.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(stderr()).contains("no such file");
  }

  @Test
  void updateBaselineWithoutFileIsAUsageError() {
    int exit = run("--update-baseline", sources.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(stderr()).contains("--update-baseline needs --baseline FILE");
  }

  private int run(String... args) {
    return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
