package dev.stackcheck.maven;

import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.ConfigException;
import dev.stackcheck.api.EntryPointMode;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.TrampolineName;
import dev.stackcheck.baseline.Baseline;
import dev.stackcheck.baseline.BaselineEntry;
import dev.stackcheck.baseline.BaselineFile;
import dev.stackcheck.baseline.BaselineResult;
import dev.stackcheck.report.JsonReport;
import dev.stackcheck.report.PathDisplay;
import dev.stackcheck.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: the options, running the {@link Analyzer}, the baseline, the report files,
 * the log and the verdict. A subclass only says which sources and classpath to analyze. Each
 * execution has its own instance and shares nothing, so the goals are thread-safe.
 */
abstract class AbstractStackcheckMojo extends AbstractMojo {
  static final String JSON_REPORT = "stackcheck.json";
  static final String SARIF_REPORT = "stackcheck.sarif";

  /** Core option names, as in {@code ConfigException}, and the parameters that set them. */
  private static final Map<String, String> PARAMETERS =
      Map.of(
          "entry-points", "entryPoints",
          "trampoline", "trampolines",
          "java-release", "javaRelease",
          "encoding", "encoding",
          "baseline", "baselineFile");

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Skips the check. */
  @Parameter(property = "stackcheck.skip", defaultValue = "false")
  boolean skip;

  /** Fails the build when there are more than {@code maxAllowedViolations} violations; otherwise they are warnings. */
  @Parameter(property = "stackcheck.failOnViolation", defaultValue = "true")
  boolean failOnViolation;

  /** How many violations the build tolerates before it fails (with {@code failOnViolation}). */
  @Parameter(property = "stackcheck.maxAllowedViolations", defaultValue = "0")
  int maxAllowedViolations;

  /**
   * Fails the build when some input could not be analyzed (a syntax error, an unreadable file or
   * class path entry): the result would be incomplete. The command line exits with code 2 then.
   */
  @Parameter(property = "stackcheck.failOnError", defaultValue = "true")
  boolean failOnError;

  /**
   * Also analyzes the test sources. Only compile-scope dependencies are on the analysis class path:
   * calls into test-only libraries are unresolved, and their annotations are not seen.
   */
  @Parameter(property = "stackcheck.includeTests", defaultValue = "false")
  boolean includeTests;

  /** Ant-style patterns, relative to each source directory, of the files to analyze. Default: {@code **}{@code /*.java}. */
  @Parameter(property = "stackcheck.includes")
  List<String> includes;

  /** Ant-style patterns, relative to each source directory, of files not to analyze, e.g. {@code **}{@code /generated/**}. */
  @Parameter(property = "stackcheck.excludes")
  List<String> excludes;

  /**
   * Which code may start on a user stack: {@code closed} (main methods, static initializers and
   * uncalled code; the sources are the whole program), {@code public} (also every public or
   * protected member of an exported type: for libraries), or {@code all} (every method).
   */
  @Parameter(property = "stackcheck.entryPoints", defaultValue = "closed")
  String entryPoints;

  /** Library methods to treat as trampolines, as {@code fully.qualified.Type#method}. */
  @Parameter(property = "stackcheck.trampolines")
  List<String> trampolines;

  /** Treats methods named {@code systemstack} with a functional-interface parameter as trampolines. */
  @Parameter(property = "stackcheck.defaultTrampolines", defaultValue = "true")
  boolean defaultTrampolines;

  /**
   * The Java release whose syntax to accept (8 to 25); {@code 1.8} means 8. Default: {@code
   * maven.compiler.release}, else {@code maven.compiler.source}, else 21.
   */
  @Parameter(property = "stackcheck.javaRelease", defaultValue = "${maven.compiler.release}")
  String javaRelease;

  /**
   * The charset the sources are saved in. Default: {@code project.build.sourceEncoding}, else
   * UTF-8. Bytes that are not valid in it are reported as input errors.
   */
  @Parameter(property = "stackcheck.encoding", defaultValue = "${project.build.sourceEncoding}")
  String encoding;

  /** Where to write {@value #JSON_REPORT} and {@value #SARIF_REPORT}. */
  @Parameter(property = "stackcheck.outputDirectory", defaultValue = "${project.build.directory}")
  File outputDirectory;

  /** Prints each violation with its call path in the build log, in compiler format. */
  @Parameter(property = "stackcheck.logViolationsToConsole", defaultValue = "true")
  boolean logViolationsToConsole;

  /**
   * A baseline file (see docs/baseline.md): the violations it lists are accepted and neither
   * reported nor failing; entries that no longer match are logged as warnings. Paths in it are
   * relative to its folder.
   */
  @Parameter(property = "stackcheck.baselineFile")
  File baselineFile;

  /** Rewrites {@code baselineFile} with the current violations (for adoption), then checks against it. */
  @Parameter(property = "stackcheck.updateBaseline", defaultValue = "false")
  boolean updateBaseline;

  /** The source roots to analyze and the class path they compile against. */
  record Inputs(List<Path> sourceRoots, List<Path> classpath) {}

  /** The sources and class path of this goal. */
  abstract Inputs inputs() throws MojoExecutionException;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("stackcheck: skipped (stackcheck.skip)");
      return;
    }
    Inputs inputs = inputs();
    List<Path> files = SourceSelection.select(inputs.sourceRoots(), includes, excludes);
    if (files.isEmpty()) {
      getLog().info(inputs.sourceRoots().isEmpty()
          ? "stackcheck: no source folder, nothing to check"
          : "stackcheck: no Java files to check in " + inputs.sourceRoots());
      return;
    }
    Config config = config(inputs.classpath());
    getLog().debug("stackcheck: " + config + ", " + files.size() + " files");
    Report report = new Analyzer(config).analyze(files);
    if (baselineFile != null || updateBaseline) {
      report = applyBaseline(report, inputs.sourceRoots());
    }
    Path sarif = writeReports(report);
    BuildLog log = new BuildLog(getLog(), logViolationsToConsole);
    Verdict verdict = Verdict.of(report, failOnViolation, maxAllowedViolations, failOnError);
    log.write(report, verdict.failsOnViolations());
    getLog().info(log.summary(report, sarif));
    verdict.enforce(sarif);
  }

  private Config config(List<Path> classpath) throws MojoExecutionException {
    try {
      Config.Builder builder =
          Config.builder()
              .entryPoints(EntryPointMode.parse(entryPoints))
              .defaultTrampolines(defaultTrampolines)
              .javaRelease(JavaRelease.parse(javaRelease != null ? javaRelease : project.getProperties().getProperty("maven.compiler.source")));
      if (trampolines != null) {
        for (String trampoline : trampolines) {
          builder.addTrampoline(TrampolineName.parse(trampoline));
        }
      }
      if (encoding != null && !encoding.isBlank()) {
        builder.encoding(Config.parseEncoding(encoding));
      }
      classpath.forEach(builder::addClasspath);
      return builder.build();
    } catch (ConfigException e) {
      throw configError(e);
    }
  }

  private MojoExecutionException configError(ConfigException e) {
    String parameter = PARAMETERS.getOrDefault(e.option(), e.option());
    return new MojoExecutionException("stackcheck: " + e.getMessage() + " (plugin parameter '" + parameter + "')", e);
  }

  private Report applyBaseline(Report report, List<Path> scope) throws MojoExecutionException {
    if (baselineFile == null) {
      throw new MojoExecutionException("stackcheck: updateBaseline needs baselineFile (stackcheck.baselineFile)");
    }
    Path file = baselineFile.toPath();
    try {
      Baseline baseline = updateBaseline && !Files.exists(file) ? Baseline.empty(file) : BaselineFile.read(file);
      if (updateBaseline) {
        baseline = baseline.updatedWith(report, scope);
        BaselineFile.write(baseline);
        getLog().info("stackcheck: wrote " + baseline.entries().size() + " baseline entries to " + file);
      }
      BaselineResult result = baseline.apply(report, scope);
      for (BaselineEntry entry : result.stale()) {
        getLog().warn("stackcheck: baseline entry matches no violation (remove it, or run with -Dstackcheck.updateBaseline): " + entry);
      }
      if (!result.accepted().isEmpty()) {
        getLog().info("stackcheck: " + result.accepted().size() + " violation(s) accepted by the baseline " + file);
      }
      return result.report();
    } catch (ConfigException e) {
      throw configError(e);
    } catch (IOException e) {
      throw new MojoExecutionException("stackcheck: cannot write the baseline " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes both report files; paths in them are relative to the directory Maven was started in. */
  private Path writeReports(Report report) throws MojoExecutionException {
    Path directory = outputDirectory.toPath();
    Path base = Path.of(session.getExecutionRootDirectory());
    Path sarif = directory.resolve(SARIF_REPORT);
    try {
      Files.createDirectories(directory);
      try (Writer out = Files.newBufferedWriter(directory.resolve(JSON_REPORT), StandardCharsets.UTF_8)) {
        new JsonReport(new PathDisplay(base)).write(report, out);
      }
      try (Writer out = Files.newBufferedWriter(sarif, StandardCharsets.UTF_8)) {
        new SarifReport(base).write(report, out);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("stackcheck: cannot write reports to " + directory + ": " + e.getMessage(), e);
    }
    return sarif;
  }

  /** The existing folders among {@code roots}. */
  static List<Path> existing(List<String> roots) {
    return roots.stream().map(Path::of).filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).toList();
  }
}
