package dev.stackcheck.fuzz;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.EntryPointMode;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.TrampolineName;
import dev.stackcheck.api.Violation;
import dev.stackcheck.api.Warning;
import dev.stackcheck.cli.Main;
import dev.stackcheck.fuzz.ReferenceModel.Expected;
import dev.stackcheck.fuzz.ReferenceModel.ExpectedWarning;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Property: for every generated program, the violations the engine reports (site and witness
 * length) and the warnings about suppressions are exactly those the {@link ReferenceModel}
 * computes from the generator's own graph. Programs are checked in batches that share one
 * analysis (each program in its own package, so their graphs are disjoint); every fifth batch
 * goes through the command line and its JSON report instead of the API.
 */
class GeneratedProgramsTest {
  /** The default budget: about 15 s on a 2-core machine. */
  private static final int DEFAULT_PROGRAMS = 240;

  private static final int PROGRAMS_PER_BATCH = Integer.getInteger("stackcheck.fuzz.batch", 8);

  @Test
  void enginesAnswerMatchesTheReferenceModel() throws IOException {
    FuzzSettings settings = FuzzSettings.fromSystemProperties(DEFAULT_PROGRAMS, 0);
    int batches = (settings.programs() + PROGRAMS_PER_BATCH - 1) / PROGRAMS_PER_BATCH;
    long start = System.nanoTime();
    for (int batch = 0; batch < batches; batch++) {
      long seed = settings.seed() + batch;
      int programs = Math.min(PROGRAMS_PER_BATCH, settings.programs() - batch * PROGRAMS_PER_BATCH);
      checkBatch(seed, programs, batch % 5 == 4);
      if ((batch + 1) % 250 == 0 || batch + 1 == batches) {
        System.out.printf(
            "fuzz: %d of %d programs from seed %d, %d violations and %d warnings as the model expects, %d call sites"
                + " resolved by name (fallback), %.0f s%n",
            Math.min(settings.programs(), (batch + 1) * PROGRAMS_PER_BATCH),
            settings.programs(),
            settings.seed(),
            VIOLATIONS.get(),
            WARNINGS.get(),
            FALLBACK_SITES.get(),
            (System.nanoTime() - start) / 1e9);
      }
    }
  }

  private static final AtomicLong VIOLATIONS = new AtomicLong();
  private static final AtomicLong WARNINGS = new AtomicLong();

  static void checkBatch(long seed, int programs, boolean viaCommandLine) throws IOException {
    Random random = new Random(seed);
    ProgramGenerator.Options options = new ProgramGenerator.Options(random.nextDouble() < 0.8, random.nextDouble() < 0.5);
    EntryPointMode mode = EntryPointMode.values()[random.nextInt(EntryPointMode.values().length)];
    int threads = 1 + random.nextInt(3);
    Path root = Files.createTempDirectory("stackcheck-fuzz-");
    List<ProgramGenerator.Program> generated = new ArrayList<>();
    List<String> configured = new ArrayList<>();
    for (int p = 0; p < programs; p++) {
      ProgramGenerator.Program program = ProgramGenerator.generate(random, "fuzz.p" + p, options);
      generated.add(program);
      for (Map.Entry<String, String> file : program.files().entrySet()) {
        Path path = root.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
      }
      if (options.configuredTrampoline()) {
        configured.add(program.configuredTrampoline());
      }
    }

    Outcome outcome =
        viaCommandLine
            ? viaCommandLine(root, options, mode, threads, configured)
            : viaApi(root, options, mode, threads, configured);
    Set<Expected> expected = new TreeSet<>();
    Set<ExpectedWarning> expectedWarnings = new TreeSet<>();
    for (ProgramGenerator.Program program : generated) {
      ReferenceModel model = new ReferenceModel(program.graph(), mode, outcome.fallbackSites);
      expected.addAll(model.violations());
      expectedWarnings.addAll(model.warnings());
    }
    FALLBACK_SITES.addAndGet(outcome.fallbackSites.size());
    VIOLATIONS.addAndGet(expected.size());
    WARNINGS.addAndGet(expectedWarnings.size());
    String replay =
        "batch seed " + seed + " (" + mode.optionValue() + ", default trampolines " + options.defaultTrampolines()
            + ", configured trampoline " + options.configuredTrampoline() + "); sources kept in " + root
            + "; replay with " + FuzzSettings.replay(seed, "programs", programs);
    assertWithMessage("input errors for generated programs, " + replay).that(outcome.errors).isEmpty();
    assertWithMessage("violations (file, line, column, witness length, via dispatch), " + replay)
        .that(outcome.violations)
        .containsExactlyElementsIn(expected);
    assertWithMessage("warnings, " + replay).that(outcome.warnings).containsExactlyElementsIn(expectedWarnings);
    if (viaCommandLine) {
      assertWithMessage("exit code, " + replay).that(outcome.exitCode).isEqualTo(expected.isEmpty() ? 0 : 1);
    }
    deleteTree(root);
  }

  /** What the engine said, in the model's terms. */
  private record Outcome(
      List<Expected> violations,
      List<ExpectedWarning> warnings,
      List<String> errors,
      int exitCode,
      Set<ReferenceModel.FallbackSite> fallbackSites) {}

  /** Sites the engine resolved by name only, over the whole run (printed as a measurement). */
  static final AtomicLong FALLBACK_SITES = new AtomicLong();

  private static Outcome viaApi(
      Path root, ProgramGenerator.Options options, EntryPointMode mode, int threads, List<String> configured) {
    Config.Builder config = Config.builder().entryPoints(mode).defaultTrampolines(options.defaultTrampolines()).threads(threads);
    configured.forEach(name -> config.addTrampoline(TrampolineName.parse(name)));
    Report report = new Analyzer(config.build()).analyze(List.of(root));
    List<Expected> violations = new ArrayList<>();
    for (Violation violation : report.violations()) {
      violations.add(
          new Expected(
              relative(root, violation.location().file()),
              violation.location().line(),
              violation.location().column(),
              violation.path().size(),
              violation.viaDispatch()));
    }
    List<ExpectedWarning> warnings = new ArrayList<>();
    for (Warning warning : report.warnings()) {
      warnings.add(new ExpectedWarning(relative(root, warning.location().file()), warning.location().line(), warning.location().column()));
    }
    List<String> errors = report.errors().stream().map(Object::toString).toList();
    Set<ReferenceModel.FallbackSite> fallback = new HashSet<>();
    for (var site : report.unresolvedSites()) {
      fallback.add(
          new ReferenceModel.FallbackSite(
              relative(root, site.location().file()), site.location().line(), site.location().column(), site.candidates() > 0));
    }
    return new Outcome(violations, warnings, errors, report.exitCode(), fallback);
  }

  private static Outcome viaCommandLine(
      Path root, ProgramGenerator.Options options, EntryPointMode mode, int threads, List<String> configured) {
    List<String> args = new ArrayList<>(List.of("--format", "json", "--entry-points", mode.optionValue()));
    if (!options.defaultTrampolines()) {
      args.add("--no-default-trampolines");
    }
    for (String name : configured) {
      args.add("--trampoline");
      args.add(name);
    }
    args.add(root.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(args.toArray(String[]::new));
    String json = out.toString(StandardCharsets.UTF_8);
    assertWithMessage("stderr of the command line").that(err.toString(StandardCharsets.UTF_8)).isEmpty();
    JsonObject report = JsonParser.parseString(json).getAsJsonObject();
    List<Expected> violations = new ArrayList<>();
    for (JsonElement element : report.getAsJsonArray("violations")) {
      JsonObject violation = element.getAsJsonObject();
      violations.add(
          new Expected(
              relative(root, Path.of(violation.get("file").getAsString())),
              violation.get("line").getAsInt(),
              violation.get("column").getAsInt(),
              violation.getAsJsonArray("path").size(),
              violation.get("viaDispatch").getAsBoolean()));
    }
    List<ExpectedWarning> warnings = new ArrayList<>();
    for (JsonElement element : report.getAsJsonArray("warnings")) {
      JsonObject warning = element.getAsJsonObject();
      warnings.add(
          new ExpectedWarning(
              relative(root, Path.of(warning.get("file").getAsString())),
              warning.get("line").getAsInt(),
              warning.get("column").getAsInt()));
    }
    JsonArray errorArray = report.getAsJsonArray("errors");
    List<String> errors = new ArrayList<>();
    errorArray.forEach(e -> errors.add(e.toString()));
    Set<ReferenceModel.FallbackSite> fallback = new HashSet<>();
    for (JsonElement element : report.getAsJsonArray("unresolved")) {
      JsonObject site = element.getAsJsonObject();
      fallback.add(
          new ReferenceModel.FallbackSite(
              relative(root, Path.of(site.get("file").getAsString())),
              site.get("line").getAsInt(),
              site.get("column").getAsInt(),
              site.get("candidates").getAsInt() > 0));
    }
    return new Outcome(violations, warnings, errors, exit, fallback);
  }

  private static String relative(Path root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = root.toAbsolutePath().normalize();
    return base.relativize(absolute).toString().replace('\\', '/');
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
