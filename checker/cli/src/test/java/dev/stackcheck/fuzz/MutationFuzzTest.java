package dev.stackcheck.fuzz;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.Range;
import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.EntryPointMode;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Location;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Violation;
import dev.stackcheck.cli.Main;
import dev.stackcheck.fuzz.ReferenceModel.Expected;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property: damaged files never stop the analysis. Each batch analyzes mutated copies of real
 * files (the golden cases under {@code testdata/} and generated programs) next to an intact
 * generated program; the run must end normally, every error must name a mutated file and a line
 * inside it, every file that is not valid UTF-8 must have an error, and the intact program's
 * violations must be exactly those its reference model expects. Every fifth batch runs through
 * the command line, whose exit code must be 0, 1 or 2 and whose error stream must not show an
 * internal error.
 */
class MutationFuzzTest {
  /** The default budget: about 10 s on a 2-core machine. */
  private static final int DEFAULT_MUTANTS = 300;

  private static final int MUTANTS_PER_BATCH = 20;

  private static final List<byte[]> realFiles = new ArrayList<>();

  @BeforeAll
  static void readRealFiles() throws IOException {
    Path testdata = Path.of(System.getProperty("stackcheck.testdata", "../../testdata")).toAbsolutePath().normalize();
    try (Stream<Path> paths = Files.walk(testdata)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        realFiles.add(Files.readAllBytes(path));
      }
    }
    assertWithMessage("real files under " + testdata).that(realFiles).isNotEmpty();
  }

  @Test
  void damagedFilesAreReportedAndTheRestIsAnalyzed() throws IOException {
    FuzzSettings settings = FuzzSettings.fromSystemProperties(0, DEFAULT_MUTANTS);
    int batches = (settings.mutants() + MUTANTS_PER_BATCH - 1) / MUTANTS_PER_BATCH;
    long start = System.nanoTime();
    for (int batch = 0; batch < batches; batch++) {
      int mutants = Math.min(MUTANTS_PER_BATCH, settings.mutants() - batch * MUTANTS_PER_BATCH);
      checkBatch(settings.seed() + batch, mutants, batch % 5 == 4);
      if ((batch + 1) % 250 == 0 || batch + 1 == batches) {
        System.out.printf(
            "fuzz: %d of %d mutated files from seed %d, %d of them reported with %d errors (%d not UTF-8), %.0f s%n",
            Math.min(settings.mutants(), (batch + 1) * MUTANTS_PER_BATCH),
            settings.mutants(),
            settings.seed(),
            FILES_WITH_ERRORS.get(),
            ERRORS.get(),
            NOT_UTF8.get(),
            (System.nanoTime() - start) / 1e9);
      }
    }
  }

  private static final AtomicLong FILES_WITH_ERRORS = new AtomicLong();
  private static final AtomicLong ERRORS = new AtomicLong();
  private static final AtomicLong NOT_UTF8 = new AtomicLong();

  static void checkBatch(long seed, int mutants, boolean viaCommandLine) throws IOException {
    Random random = new Random(seed);
    Path root = Files.createTempDirectory("stackcheck-mutants-");
    // The intact program avoids the forms the engine resolves by name only: a damaged file that
    // still parses may declare a method of the same name and so change what the fallback links.
    ProgramGenerator.Options options = new ProgramGenerator.Options(true, false, true);
    ProgramGenerator.Program control = ProgramGenerator.generate(random, "control.clean", options);
    for (Map.Entry<String, String> file : control.files().entrySet()) {
      write(root.resolve("intact").resolve(file.getKey()), file.getValue().getBytes(StandardCharsets.UTF_8));
    }
    Mutator mutator = new Mutator(random);
    Map<Path, String> mutations = new HashMap<>();
    Set<Path> notUtf8 = new HashSet<>();
    Map<Path, Integer> lineCounts = new HashMap<>();
    for (int m = 0; m < mutants; m++) {
      byte[] original;
      if (random.nextBoolean()) {
        original = realFiles.get(random.nextInt(realFiles.size())).clone();
      } else {
        ProgramGenerator.Program donor = ProgramGenerator.generate(random, "donor.d" + m, options);
        List<String> texts = new ArrayList<>(donor.files().values());
        original = texts.get(random.nextInt(texts.size())).getBytes(StandardCharsets.UTF_8);
      }
      byte[] mutated = mutator.mutate(original);
      Path path = root.resolve("mutants/m" + m + "/Mutant" + m + ".java").toAbsolutePath().normalize();
      write(path, mutated);
      mutations.put(path, mutator.applied().toString());
      if (!isUtf8(mutated)) {
        notUtf8.add(path);
      }
      lineCounts.put(path, lines(mutated));
    }

    String replay = "batch seed " + seed + "; files kept in " + root + "; replay with " + FuzzSettings.replay(seed, "mutants", mutants);
    List<Violation> violations;
    List<InputError> errors;
    Set<ReferenceModel.FallbackSite> fallback = new HashSet<>();
    if (viaCommandLine) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int exit =
          new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
              .run("--format", "json", root.toString());
      String stderr = err.toString(StandardCharsets.UTF_8);
      assertWithMessage("exit code of the command line, " + replay).that(exit).isIn(List.of(0, 1, 2));
      assertWithMessage("stderr of the command line, " + replay).that(stderr).doesNotContain("internal error");
      assertWithMessage("stdout of the command line, " + replay).that(out.toString(StandardCharsets.UTF_8)).startsWith("{");
    }
    Report report =
        new Analyzer(Config.builder().threads(1 + random.nextInt(2)).build()).analyze(List.of(root));
    violations = report.violations();
    errors = report.errors();
    Path intact = root.resolve("intact").toAbsolutePath().normalize();
    for (var site : report.unresolvedSites()) {
      if (site.location().file().startsWith(intact)) {
        fallback.add(
            new ReferenceModel.FallbackSite(
                intact.relativize(site.location().file()).toString(),
                site.location().line(),
                site.location().column(),
                site.candidates() > 0));
      }
    }

    Set<Path> withErrors = new HashSet<>();
    for (InputError error : errors) {
      Path file = error.location().file();
      assertWithMessage("error in an intact file, " + replay + ": " + error).that(file.startsWith(intact)).isFalse();
      assertWithMessage("error for a file that was not given, " + replay + ": " + error).that(mutations).containsKey(file);
      assertWithMessage("error line inside the file, " + replay + ", mutations " + mutations.get(file) + ": " + error)
          .that(error.location().line())
          .isIn(Range.closed(1, lineCounts.get(file) + 1));
      assertWithMessage("error column, " + replay + ": " + error).that(error.location().column()).isAtLeast(1);
      assertWithMessage("error message, " + replay + ": " + error).that(error.message()).isNotEmpty();
      withErrors.add(file);
    }
    for (Path file : notUtf8) {
      assertWithMessage("a file that is not UTF-8 has an error, " + replay + ": " + file + " " + mutations.get(file))
          .that(withErrors)
          .contains(file);
    }

    FILES_WITH_ERRORS.addAndGet(withErrors.size());
    ERRORS.addAndGet(errors.size());
    NOT_UTF8.addAndGet(notUtf8.size());
    Set<Expected> actual = new TreeSet<>();
    for (Violation violation : violations) {
      if (violation.location().file().startsWith(intact) && !reachesMutant(violation, intact)) {
        actual.add(
            new Expected(
                intact.relativize(violation.location().file()).toString(),
                violation.location().line(),
                violation.location().column(),
                violation.path().size(),
                violation.viaDispatch()));
      }
    }
    assertWithMessage("calls of the intact program resolved by name only, " + replay).that(fallback).isEmpty();
    Set<Expected> expected = new ReferenceModel(control.graph(), EntryPointMode.CLOSED, fallback).violations();
    assertWithMessage("violations of the intact program next to damaged files, " + replay)
        .that(actual)
        .containsExactlyElementsIn(expected);
    GeneratedProgramsTest.deleteTree(root);
  }

  /**
   * Whether the violation's @SystemStack callee lies outside the intact program. A mutant may
   * declare a named class implementing a JDK interface with a @SystemStack method (a copy of a
   * golden case's {@code Task implements Runnable}), and class hierarchy analysis rightly lets the
   * intact program's {@code Runnable.run()} calls dispatch to it (S4.2, S4.8); the reference
   * model knows only the intact program. The intact program has no named Runnable of its own, so
   * such a site has no callee inside it that this would hide.
   */
  private static boolean reachesMutant(Violation violation, Path intact) {
    Location callee = violation.path().get(violation.path().size() - 1).location();
    return violation.viaDispatch() && callee != null && !callee.file().startsWith(intact);
  }

  private static void write(Path path, byte[] bytes) throws IOException {
    Files.createDirectories(path.getParent());
    Files.write(path, bytes);
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static int lines(byte[] bytes) {
    int lines = 1;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
