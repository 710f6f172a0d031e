package dev.stackcheck.api;

import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import dev.stackcheck.check.ViolationFinder;
import dev.stackcheck.contexts.Contexts;
import dev.stackcheck.contexts.EntryPoints;
import dev.stackcheck.graph.CallGraph;
import dev.stackcheck.graph.GraphBuilder;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.BodyExtractor;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.resolve.ClasspathAnnotations;
import dev.stackcheck.resolve.Resolver;
import dev.stackcheck.resolve.SourceTypeSolver;
import dev.stackcheck.resolve.TypeSolvers;
import dev.stackcheck.source.JavaSourceParser;
import dev.stackcheck.source.ParsedFile;
import dev.stackcheck.source.SourceDiscovery;
import dev.stackcheck.source.SourceReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The facade every front end calls: sources, classpath and options in, a {@link Report} out.
 *
 * <p>The pipeline: discover and read files, parse them (in parallel), index bodies and call sites,
 * resolve calls with the symbol solver, build the call graph, compute contexts, find violations.
 * Each call is independent; nothing is cached between calls. Thread-safe: concurrent calls do not
 * share state.
 */
public final class Analyzer {
  /** Deeply nested code makes JavaParser recurse deeply; analysis threads get room for it. */
  private static final long STACK_BYTES = 512L << 20;

  private final Config config;

  public Analyzer(Config config) {
    this.config = config;
  }

  /** Analyzes the Java files under {@code inputs} (folders or {@code .java} files). */
  public Report analyze(List<Path> inputs) {
    Report[] result = new Report[1];
    RuntimeException[] failure = new RuntimeException[1];
    Error[] error = new Error[1];
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result[0] = run(inputs);
              } catch (RuntimeException e) {
                failure[0] = e;
              } catch (Error e) {
                error[0] = e;
              }
            },
            "stackcheck-analysis",
            STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (failure[0] != null) {
      throw failure[0];
    }
    if (error[0] != null) {
      throw error[0];
    }
    return result[0];
  }

  private Report run(List<Path> inputs) {
    SourceDiscovery.Result discovered = SourceDiscovery.discover(inputs);
    List<InputError> errors = new ArrayList<>(discovered.errors());
    List<ParsedFile> parsed = parseAll(discovered.files());
    List<FileIndex> files = new ArrayList<>();
    for (ParsedFile file : parsed) {
      errors.addAll(file.errors());
      if (file.ok()) {
        try {
          files.add(BodyExtractor.extract(file.path(), file.unit()));
        } catch (RuntimeException | StackOverflowError e) {
          errors.add(new InputError(new Location(file.path(), 1, 1), "cannot index this file: " + e));
        }
      }
    }

    ClasspathAnnotations classpath = ClasspathAnnotations.scan(config.classpath());
    errors.addAll(classpath.errors());
    SourceTypeSolver sources = new SourceTypeSolver();
    files.forEach(sources::add);
    TypeSolvers.Result solvers = TypeSolvers.create(sources, config.classpath());
    errors.addAll(solvers.errors());
    try {
      Resolver.resolve(files, solvers.solver(), classpath, config);
      CallGraph graph = GraphBuilder.build(files, classpath);

      Set<String> sourceSignatures = new HashSet<>();
      for (FileIndex file : files) {
        for (Body body : file.bodies()) {
          sourceSignatures.add(body.signature());
        }
      }
      List<EntryPoints.Root> roots =
          EntryPoints.of(graph, config.entryPoints(), signature -> !sourceSignatures.contains(signature));
      Contexts contexts = Contexts.compute(graph, roots);
      List<Violation> violations =
          ViolationFinder.find(
              graph,
              contexts,
              config.entryPoints(),
              signature -> !sourceSignatures.contains(signature) && !classpath.isSystemStack(signature));
      errors.sort(null);
      return new Report(violations, errors, unresolvedSites(files), stats(parsed.size(), files, graph));
    } finally {
      // The facade keeps a process-wide cache keyed by solver; this run's solver is done.
      JavaParserFacade.clearInstances();
    }
  }

  private List<ParsedFile> parseAll(List<Path> paths) {
    int threads = Math.max(1, Math.min(config.threads(), paths.size()));
    AtomicInteger counter = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads, task -> new Thread(null, task, "stackcheck-parse-" + counter.incrementAndGet(), STACK_BYTES));
    try {
      ThreadLocal<JavaSourceParser> parsers =
          ThreadLocal.withInitial(() -> new JavaSourceParser(config.javaRelease()));
      List<Future<ParsedFile>> futures = new ArrayList<>();
      for (Path path : paths) {
        futures.add(pool.submit(() -> parse(parsers.get(), path)));
      }
      List<ParsedFile> parsed = new ArrayList<>();
      for (Future<ParsedFile> future : futures) {
        parsed.add(future.get());
      }
      return parsed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static ParsedFile parse(JavaSourceParser parser, Path path) {
    SourceReader.Result read = SourceReader.read(path);
    if (read.error() != null) {
      return new ParsedFile(path, null, null, List.of(read.error()));
    }
    return parser.parse(read.file());
  }

  private static List<UnresolvedSite> unresolvedSites(List<FileIndex> files) {
    List<UnresolvedSite> sites = new ArrayList<>();
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        for (CallSite site : body.sites()) {
          Resolution resolution = site.resolution();
          if (resolution != null
              && (resolution.status() == Resolution.Status.FALLBACK
                  || resolution.status() == Resolution.Status.UNRESOLVED)) {
            sites.add(
                new UnresolvedSite(
                    site.location(), CallText.of(site), resolution.targets().size(), resolution.reason()));
          }
        }
      }
    }
    sites.sort(null);
    return sites;
  }

  private static Stats stats(int fileCount, List<FileIndex> files, CallGraph graph) {
    int callSites = 0;
    int resolved = 0;
    int fallback = 0;
    int unresolved = 0;
    int skipped = 0;
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        for (CallSite site : body.sites()) {
          if (site.kind() == CallSite.Kind.LAMBDA || site.kind() == CallSite.Kind.INSTANCE_INIT) {
            continue;
          }
          callSites++;
          Resolution resolution = site.resolution();
          if (resolution == null) {
            skipped++;
            continue;
          }
          switch (resolution.status()) {
            case PRECISE, NONE -> resolved++;
            case FALLBACK -> fallback++;
            case UNRESOLVED -> unresolved++;
          }
        }
      }
    }
    return new Stats(fileCount, graph.size(), graph.edgeCount(), callSites, resolved, fallback, unresolved, skipped);
  }
}
