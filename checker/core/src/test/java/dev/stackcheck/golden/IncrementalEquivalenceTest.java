package dev.stackcheck.golden;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Workspace;
import dev.stackcheck.report.JsonReport;
import dev.stackcheck.report.PathDisplay;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The incremental contract: for every golden case, a seeded sequence of random edits (see {@link
 * RandomEdits}) is applied to a copy of the case, each to the open {@link Workspace} and to the
 * disk; after every step the workspace's JSON report must equal, byte for byte, that of a
 * workspace opened afresh on the same files, and its diagnostics (violations, input errors,
 * warnings) must equal those of a one-shot {@link Analyzer} run, which resolves only the slice
 * that can reach {@code @SystemStack} code and so differs only in statistics. The seed is in the
 * test name, so a failure replays.
 */
class IncrementalEquivalenceTest {
  /** Steps per case; raise it with {@code -Dstackcheck.incremental.steps=N} to search harder. */
  private static final int STEPS = Integer.getInteger("stackcheck.incremental.steps", 15);

  /** Seeds per case beyond the first; {@code -Dstackcheck.incremental.seeds=N}. */
  private static final int SEEDS = Integer.getInteger("stackcheck.incremental.seeds", 1);

  static Stream<Object[]> runs() throws IOException {
    List<Object[]> runs = new ArrayList<>();
    for (GoldenCase golden : GoldenCase.all(GoldenTest.testdata())) {
      for (int seed = 0; seed < SEEDS; seed++) {
        runs.add(new Object[] {golden, (long) golden.name().hashCode() + seed});
      }
    }
    return runs.stream();
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("runs")
  void incrementalReportEqualsFullRunAfterEveryEdit(GoldenCase golden, long seed, @TempDir Path temp) throws IOException {
    Path sources = temp.resolve("src");
    for (Path source : golden.sources()) {
      Path copy = sources.resolve(golden.root().relativize(source).toString());
      Files.createDirectories(copy.getParent());
      Files.copy(source, copy);
    }
    Config config = golden.config();
    List<Path> library = golden.librarySources();
    if (!library.isEmpty()) {
      Path classes = Files.createDirectories(temp.resolve("lib-classes"));
      assertWithMessage("compiling %s/lib", golden).that(Javac.compile(library, List.of(), classes)).isEmpty();
      config = config.toBuilder().addClasspath(classes).build();
    }
    PathDisplay display = new PathDisplay(sources);
    RandomEdits edits = new RandomEdits(seed, sources);
    List<String> log = new ArrayList<>();
    int fullUpdates = 0;
    try (Workspace workspace = Workspace.open(config, List.of(sources))) {
      assertEquivalent(workspace.report(), config, sources, display, log);
      for (int step = 1; step <= STEPS; step++) {
        RandomEdits.Edit edit = edits.next();
        log.add(step + ". " + edit.description());
        Workspace.Change change;
        if (edit.text() == null) {
          Files.delete(edit.file());
          change = Workspace.Change.disk(edit.file());
        } else {
          Files.writeString(edit.file(), edit.text());
          change = step % 3 == 0 ? Workspace.Change.disk(edit.file()) : Workspace.Change.text(edit.file(), edit.text());
        }
        Workspace.Update update = workspace.apply(List.of(change));
        fullUpdates += update.full() ? 1 : 0;
        assertEquivalent(update.report(), config, sources, display, log);
      }
    }
    // Falling back to a full resolution is always correct; it must stay the exception.
    assertWithMessage("updates that resolved every file again, of %s", STEPS).that(fullUpdates).isAtMost(STEPS / 3);
  }

  private static void assertEquivalent(
      Report incremental, Config config, Path sources, PathDisplay display, List<String> log) {
    Report fresh;
    try (Workspace reopened = Workspace.open(config, List.of(sources))) {
      fresh = reopened.report();
    }
    assertEqual(json(incremental, display), json(fresh, display), log);
    Report oneShot = new Analyzer(config).analyze(List.of(sources));
    assertWithMessage("after the edits:\n  %s\nviolations differ from a one-shot run", String.join("\n  ", log))
        .that(incremental.violations()).isEqualTo(oneShot.violations());
    assertWithMessage("after the edits:\n  %s\ninput errors differ from a one-shot run", String.join("\n  ", log))
        .that(incremental.errors()).isEqualTo(oneShot.errors());
    assertWithMessage("after the edits:\n  %s\nwarnings differ from a one-shot run", String.join("\n  ", log))
        .that(incremental.warnings()).isEqualTo(oneShot.warnings());
  }

  private static void assertEqual(String incremental, String full, List<String> log) {
    if (incremental.equals(full)) {
      return;
    }
    assertWithMessage("after the edits:\n  %s\nthe incremental report differs from a full run", String.join("\n  ", log))
        .that(incremental)
        .isEqualTo(full);
  }

  private static String json(Report report, PathDisplay display) {
    StringWriter out = new StringWriter();
    new JsonReport(display).write(report, out);
    return out.toString();
  }
}
