package dev.stackcheck.cli;

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
import dev.stackcheck.lsp.LanguageServerMain;
import dev.stackcheck.report.JsonReport;
import dev.stackcheck.report.PathDisplay;
import dev.stackcheck.report.SarifReport;
import dev.stackcheck.report.TextReport;
import dev.stackcheck.report.Version;
import dev.stackcheck.source.SourceDiscovery;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command-line lint: translates arguments into a {@link Config}, runs the {@link Analyzer}
 * and prints the report. Takes its streams as parameters and returns the exit code (S9), so tests
 * run it in-process.
 */
@Command(
    name = "stackcheck",
    sortOptions = false,
    usageHelpAutoWidth = true,
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = {
      "Proves that code annotated @SystemStack is only reached on the system stack:",
      "reports every call path from code that may run on a user stack.",
      "'stackcheck lsp' starts the language server (LSP over stdio) instead.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no violation and no error",
      "1:violations found",
      "2:usage or configuration error, or some input could not be analyzed",
      "3:internal error (re-run with --verbose for the trace)"
    })
public final class Main implements java.util.concurrent.Callable<Integer> {
  /** Output formats. */
  enum Format { text, json, sarif }

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Source roots, folders or .java files to analyze (default: the current directory).")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "Report format: ${COMPLETION-CANDIDATES} (default: text).")
  private Format format = Format.text;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  private Path output;

  @Option(
      names = "--entry-points",
      paramLabel = "MODE",
      description = "Which code may start on a user stack: closed (default: main methods, static initializers and uncalled code), public (also the public API), all (every method).")
  private String entryPoints;

  @Option(
      names = {"-cp", "--classpath"},
      paramLabel = "PATHS",
      description = "Jars and class folders the sources use, separated by the platform's path separator (repeatable).")
  private List<String> classpath = new ArrayList<>();

  @Option(
      names = "--trampoline",
      paramLabel = "TYPE#METHOD",
      description = "Treat a library method as a trampoline, e.g. com.example.Exec#onSystemStack (repeatable).")
  private List<String> trampolines = new ArrayList<>();

  @Option(names = "--no-default-trampolines", description = "Do not treat methods named systemstack as trampolines by default.")
  private boolean noDefaultTrampolines;

  @Option(names = "--java-release", paramLabel = "N", description = "Java release whose syntax to accept (8-25, default 21).")
  private String javaRelease;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Charset the sources are saved in, e.g. ISO-8859-1 (default UTF-8).")
  private String encoding;

  @Option(names = "--config", paramLabel = "FILE", description = "Read options from a properties file (command-line options win).")
  private Path configFile;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Do not report the violations listed in FILE (accepted ones); warn about entries that no longer match.")
  private Path baselineFile;

  @Option(names = "--update-baseline", description = "Write every current violation to the --baseline FILE, then report the rest.")
  private boolean updateBaseline;

  @Option(
      names = "--changed",
      paramLabel = "FILE",
      arity = "1..*",
      description = "Report only diagnostics in these files or caused by them (a witness path passes through them); for save hooks. See docs/ide.md.")
  private List<Path> changed = new ArrayList<>();

  @Option(
      names = "--resolve-all",
      description = "Resolve every call site, not only those that may lead to @SystemStack code (slower; same violations; with --verbose, lists every call the classpath cannot explain).")
  private boolean resolveAll;

  @Option(names = "--stats", description = "Print the time spent in each stage (parse, index, signatures, hierarchy, slice, calls, check) on standard error.")
  private boolean stats;

  @Option(names = {"-v", "--verbose"}, description = "Also list calls that could not be resolved precisely, and statistics.")
  private boolean verbose;

  private final PrintStream out;
  private final PrintStream err;

  public Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new Main(System.out, System.err).run(args));
  }

  /** Runs the command line and returns the exit code. */
  public int run(String... args) {
    if (args.length == 1 && args[0].equals("lsp")) {
      return LanguageServerMain.serve(System.in, out, err);
    }
    CommandLine commandLine = new CommandLine(this);
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(
        (exception, arguments) -> {
          err.println("stackcheck: error: " + exception.getMessage());
          err.println("Try 'stackcheck --help' for usage.");
          return 2;
        });
    commandLine.setExecutionExceptionHandler(
        (exception, command, parseResult) -> {
          if (exception instanceof ConfigException || exception instanceof UsageException
              || exception instanceof InvalidPathException) {
            err.println("stackcheck: error: " + exception.getMessage().replaceAll("\\s+", " "));
            return 2;
          }
          return internalError(exception);
        });
    try {
      return commandLine.execute(args);
    } catch (Error e) {
      // picocli passes only exceptions to the handler; an Error (out of memory, a stack overflow
      // outside the guarded solver) still ends with exit code 3 and one line, not a JVM trace.
      return internalError(e);
    }
  }

  /** Exit code 3: one line, and the trace only with --verbose. */
  private int internalError(Throwable failure) {
    String what = String.valueOf(failure).replaceAll("\\s+", " ");
    if (what.length() > 300) {
      what = what.substring(0, 297) + "...";
    }
    err.println("stackcheck: internal error: " + what + (verbose ? "" : " (re-run with --verbose for the trace)"));
    if (verbose) {
      failure.printStackTrace(err);
    }
    err.flush();
    return 3;
  }

  @Override
  public Integer call() throws IOException {
    Config config = config();
    List<Path> inputs = paths.isEmpty() ? List.of(Path.of("")) : paths;
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new UsageException("no such file or directory: " + input);
      }
    }
    if (updateBaseline && baselineFile == null) {
      throw new UsageException("--update-baseline needs --baseline FILE");
    }
    // The progress line goes to a terminal only, never into a log or a redirected report.
    StageClock clock = new StageClock(System.console() != null && err == System.err ? err : null, System::nanoTime);
    Report report = new Analyzer(config.toBuilder().progress(clock).build()).analyze(inputs);
    if (stats) {
      err.println(clock.summary());
    }
    if (report.stats().files() == 0 && report.errors().isEmpty()) {
      // Exit code 0 is right (nothing violates), but a mistyped folder should not pass unnoticed.
      err.println("stackcheck: warning: no .java files in " + inputs.stream().map(p -> p.toString().isEmpty() ? "." : p.toString()).toList()
          + "; nothing was checked");
    }
    if (baselineFile != null) {
      report = applyBaseline(report, inputs);
    }
    if (!changed.isEmpty()) {
      report = ChangedFiles.restrict(report, changed);
    }
    PathDisplay display = PathDisplay.workingDirectory();
    if (output != null) {
      Writer file;
      try {
        file = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UsageException("cannot write the report to " + output + ": " + SourceDiscovery.describe(e));
      }
      try (Writer writer = file) {
        write(report, display, writer);
      }
    } else {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      write(report, display, writer);
      writer.flush();
    }
    return report.exitCode();
  }

  private void write(Report report, PathDisplay display, Writer writer) {
    switch (format) {
      case json -> new JsonReport(display).write(report, writer);
      case sarif -> new SarifReport(Path.of("")).write(report, writer);
      case text -> new TextReport(display, verbose).write(report, new PrintWriter(writer));
    }
  }

  /** Updates the baseline if asked, then hides what it accepts; stale entries are warnings. */
  private Report applyBaseline(Report report, List<Path> inputs) throws IOException {
    Baseline baseline =
        updateBaseline && !Files.exists(baselineFile) ? Baseline.empty(baselineFile) : BaselineFile.read(baselineFile);
    if (updateBaseline) {
      baseline = baseline.updatedWith(report, inputs);
      BaselineFile.write(baseline);
      err.println("stackcheck: wrote " + baseline.entries().size() + " baseline entries to " + baselineFile);
    }
    BaselineResult result = baseline.apply(report, inputs);
    for (BaselineEntry entry : result.stale()) {
      err.println("stackcheck: warning: baseline entry matches no violation (remove it or run --update-baseline): " + entry);
    }
    if (!result.accepted().isEmpty()) {
      err.println("stackcheck: " + result.accepted().size() + " violation(s) accepted by the baseline " + baselineFile);
    }
    return result.report();
  }

  private Config config() throws IOException {
    Config.Builder builder;
    if (configFile != null) {
      if (!Files.isRegularFile(configFile)) {
        throw new UsageException("no such configuration file: " + configFile);
      }
      Properties properties = new Properties();
      try (InputStream in = Files.newInputStream(configFile)) {
        properties.load(in);
      } catch (IOException | IllegalArgumentException e) {
        throw new UsageException("cannot read the configuration file " + configFile + ": " + e.getMessage());
      }
      Path base = configFile.toAbsolutePath().getParent();
      builder = Config.fromProperties(properties, base).toBuilder();
    } else {
      builder = Config.builder();
    }
    if (entryPoints != null) {
      builder.entryPoints(EntryPointMode.parse(entryPoints));
    }
    for (String entry : classpath) {
      for (String part : entry.split(File.pathSeparator)) {
        if (!part.isBlank()) {
          builder.addClasspath(Path.of(part));
        }
      }
    }
    for (String trampoline : trampolines) {
      builder.addTrampoline(TrampolineName.parse(trampoline));
    }
    if (noDefaultTrampolines) {
      builder.defaultTrampolines(false);
    }
    if (resolveAll) {
      builder.resolveAll(true);
    }
    if (javaRelease != null) {
      builder.javaRelease(Config.parseRelease(javaRelease));
    }
    if (encoding != null) {
      builder.encoding(Config.parseEncoding(encoding));
    }
    return builder.build();
  }

  /** A usage problem found after parsing the arguments (a missing path). */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  /** Supplies {@code --version}. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"stackcheck " + Version.get()};
    }
  }
}
