package dev.stackcheck.baseline;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stackcheck.api.ConfigException;
import dev.stackcheck.api.Hop;
import dev.stackcheck.api.Location;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Rule;
import dev.stackcheck.api.Stats;
import dev.stackcheck.api.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path root;

  @Test
  void acceptedViolationIsRemovedFromTheReport() {
    Violation sweep = violation("app/src/Gc.java", 9, "demo.Gc.sweep()");
    Violation mark = violation("app/src/Gc.java", 14, "demo.Gc.mark()");
    Baseline baseline = Baseline.empty(root.resolve("stackcheck-baseline.json")).updatedWith(report(sweep), List.of());

    BaselineResult result = baseline.apply(report(sweep, mark), List.of());

    assertThat(result.report().violations()).containsExactly(mark);
    assertThat(result.accepted()).containsExactly(sweep);
    assertThat(result.report().exitCode()).isEqualTo(1);
  }

  @Test
  void entryStillMatchesAfterTheCallMovesToAnotherLine() {
    Baseline baseline =
        Baseline.empty(root.resolve("stackcheck-baseline.json"))
            .updatedWith(report(violation("app/src/Gc.java", 9, "demo.Gc.sweep()")), List.of());

    BaselineResult result = baseline.apply(report(violation("app/src/Gc.java", 42, "demo.Gc.sweep()")), List.of());

    assertThat(result.report().violations()).isEmpty();
    assertThat(result.report().exitCode()).isEqualTo(0);
    assertThat(result.stale()).isEmpty();
  }

  @Test
  void entryDoesNotMatchTheSameCallInAnotherFile() {
    Baseline baseline =
        Baseline.empty(root.resolve("stackcheck-baseline.json"))
            .updatedWith(report(violation("app/src/Gc.java", 9, "demo.Gc.sweep()")), List.of());

    BaselineResult result = baseline.apply(report(violation("app/src/Other.java", 9, "demo.Gc.sweep()")), List.of());

    assertThat(result.report().violations()).hasSize(1);
  }

  @Test
  void entryPathsAreRelativeToTheBaselineFile() {
    Baseline baseline =
        Baseline.empty(root.resolve("stackcheck-baseline.json"))
            .updatedWith(report(violation("app/src/Gc.java", 9, "demo.Gc.sweep()")), List.of());

    assertThat(baseline.entries())
        .containsExactly(new BaselineEntry("SystemStack", "app/src/Gc.java", "demo.Gc.sweep()", "demo.Stack.free(long)"));
  }

  @Test
  void unmatchedEntryIsStale() {
    Baseline baseline =
        Baseline.empty(root.resolve("stackcheck-baseline.json"))
            .updatedWith(report(violation("app/src/Gc.java", 9, "demo.Gc.sweep()")), List.of());

    BaselineResult result = baseline.apply(report(), List.of());

    assertThat(result.stale())
        .containsExactly(new BaselineEntry("SystemStack", "app/src/Gc.java", "demo.Gc.sweep()", "demo.Stack.free(long)"));
  }

  @Test
  void entriesOutsideTheAnalyzedInputsAreNeitherStaleNorDropped() {
    Baseline shared =
        Baseline.empty(root.resolve("stackcheck-baseline.json"))
            .updatedWith(
                report(violation("lib/src/Gc.java", 9, "lib.Gc.sweep()"), violation("app/src/App.java", 3, "app.App.run()")),
                List.of());
    List<Path> appOnly = List.of(root.resolve("app/src"));

    BaselineResult result = shared.apply(report(), appOnly);
    Baseline updated = shared.updatedWith(report(), appOnly);

    assertThat(result.stale()).hasSize(1);
    assertThat(result.stale().get(0).file()).isEqualTo("app/src/App.java");
    assertThat(updated.entries()).hasSize(1);
    assertThat(updated.entries().get(0).file()).isEqualTo("lib/src/Gc.java");
  }

  @Test
  void fileRoundTripsSortedAndStable() throws IOException {
    Baseline baseline =
        Baseline.empty(root.resolve("stackcheck-baseline.json"))
            .updatedWith(
                report(violation("b/B.java", 1, "b.B.m()"), violation("a/A.java", 5, "a.A.z()"), violation("a/A.java", 2, "a.A.y()")),
                List.of());

    BaselineFile.write(baseline);
    String written = Files.readString(baseline.file());
    Baseline read = BaselineFile.read(baseline.file());

    assertThat(read.entries()).isEqualTo(baseline.entries());
    assertThat(BaselineFile.format(read)).isEqualTo(written);
    assertThat(written.indexOf("a.A.y()")).isLessThan(written.indexOf("a.A.z()"));
    assertThat(written.indexOf("a.A.z()")).isLessThan(written.indexOf("b.B.m()"));
    assertThat(written).startsWith("{\n  \"version\": 1,\n  \"entries\": [\n");
    assertThat(written).endsWith("}\n");
  }

  @Test
  void unknownKeyIsAnErrorNamingFileAndPlace() throws IOException {
    Path file = root.resolve("stackcheck-baseline.json");
    Files.writeString(file, "{\"version\": 1, \"entries\": [{\"rule\": \"SystemStack\", \"line\": 3}]}");

    ConfigException error = assertThrows(ConfigException.class, () -> BaselineFile.read(file));

    assertThat(error).hasMessageThat().contains(file.toString());
    assertThat(error).hasMessageThat().contains("unknown key 'line'");
    assertThat(error).hasMessageThat().contains("$.entries[0]");
  }

  @Test
  void missingFileSaysHowToCreateIt() {
    Path file = root.resolve("missing.json");

    ConfigException error = assertThrows(ConfigException.class, () -> BaselineFile.read(file));

    assertThat(error).hasMessageThat().contains("no such file: " + file);
    assertThat(error).hasMessageThat().contains("--update-baseline");
  }

  @Test
  void wrongVersionIsAnError() throws IOException {
    Path file = root.resolve("stackcheck-baseline.json");
    Files.writeString(file, "{\"version\": 2, \"entries\": []}");

    ConfigException error = assertThrows(ConfigException.class, () -> BaselineFile.read(file));

    assertThat(error).hasMessageThat().contains("expected \"version\": 1 but was 2");
  }

  @Test
  void malformedJsonIsAnErrorNamingTheFile() throws IOException {
    Path file = root.resolve("stackcheck-baseline.json");
    Files.writeString(file, "{\"version\": 1, \"entries\": [");

    ConfigException error = assertThrows(ConfigException.class, () -> BaselineFile.read(file));

    assertThat(error).hasMessageThat().contains(file + ": not a baseline file");
  }

  private Violation violation(String file, int line, String caller) {
    Location at = new Location(root.resolve(file), line, 5);
    return new Violation(Rule.SYSTEM_STACK, at, caller, "demo.Stack.free(long)", false,
        caller + " calls @SystemStack demo.Stack.free(long), but may run on a user stack",
        List.of(new Hop(caller, at), new Hop("demo.Stack.free(long)", null)), "nothing in the analyzed code calls it");
  }

  private static Report report(Violation... violations) {
    return new Report(List.of(violations), List.of(), List.of(), new Stats(1, 1, 0, 0, 0, 0, 0, 0));
  }
}
