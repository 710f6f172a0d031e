package dev.stackcheck.crosscheck;

import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.InputError;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The call graph stackcheck builds from a corpus's sources. Runs the pipeline stages directly
 * (discovery, parsing, indexing, resolution, graph building) rather than the {@code Analyzer}
 * facade, because the cross-check needs the bodies and call sites behind the report.
 *
 * <p>Edges are normalized for comparison with bytecode: the instance-initializer body
 * ({@code T.<init>}, S1) is inlined into every constructor that runs it, as javac does.
 */
final class SourceGraph {
  /** Java sources of the corpora are Java 8; parse them as such. */
  private static final int JAVA_RELEASE = 8;

  private static final long STACK_BYTES = 512L << 20;

  /** How a source edge came about (the first call site that produced it). */
  record EdgeInfo(CallSite site, boolean dispatch) {
    Resolution.Status status() {
      return site.resolution() == null ? Resolution.Status.UNRESOLVED : site.resolution().status();
    }
  }

  /** Counts of call sites by how they were resolved, as the report's stats count them. */
  record Coverage(int callSites, int precise, int fallback, int unresolved) {
    double preciseShare() {
      return callSites == 0 ? 1 : (double) precise / callSites;
    }
  }

  final List<FileIndex> files;
  final List<InputError> errors;
  final Map<String, Body> bodies = new LinkedHashMap<>();
  final Map<Edge, EdgeInfo> edges = new LinkedHashMap<>();
  final Coverage coverage;
  final List<CallSite> impreciseSites = new ArrayList<>();
  final long millis;

  private SourceGraph(List<FileIndex> files, List<InputError> errors, CallGraph graph, long millis) {
    this.files = files;
    this.errors = errors;
    this.millis = millis;
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        bodies.putIfAbsent(body.signature(), body);
      }
    }
    collectEdges(graph);
    this.coverage = coverage(files, impreciseSites);
  }

  static SourceGraph build(Corpus corpus) {
    SourceGraph[] result = new SourceGraph[1];
    Throwable[] failure = new Throwable[1];
    // JavaParser recurses deeply on real code; give it the stack the Analyzer gives it.
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result[0] = run(corpus);
              } catch (Throwable e) {
                failure[0] = e;
              }
            },
            "crosscheck-" + corpus.name(),
            STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (failure[0] != null) {
      throw new IllegalStateException("building the source graph of " + corpus + " failed", failure[0]);
    }
    return result[0];
  }

  private static SourceGraph run(Corpus corpus) {
    long start = System.nanoTime();
    SourceDiscovery.Result discovered = SourceDiscovery.discover(List.of(corpus.sources()));
    List<InputError> errors = new ArrayList<>(discovered.errors());
    JavaSourceParser parser = new JavaSourceParser(JAVA_RELEASE);
    List<FileIndex> files = new ArrayList<>();
    for (var path : discovered.files()) {
      SourceReader.Result read = SourceReader.read(path);
      if (read.error() != null) {
        errors.add(read.error());
        continue;
      }
      ParsedFile parsed = parser.parse(read.file());
      errors.addAll(parsed.errors());
      if (parsed.ok()) {
        files.add(BodyExtractor.extract(parsed.path(), parsed.unit()));
      }
    }
    // The whole graph, every call asked of the solver: what the bytecode is compared with.
    Config config = Config.builder().javaRelease(JAVA_RELEASE).resolveAll(true).build();
    ClasspathAnnotations classpath = ClasspathAnnotations.scan(corpus.classpath());
    SourceTypeSolver sources = new SourceTypeSolver();
    files.forEach(sources::add);
    TypeSolvers.Result solvers = TypeSolvers.create(sources, corpus.classpath());
    errors.addAll(solvers.errors());
    try {
      Resolver.resolve(files, solvers.solver(), classpath, config);
      CallGraph graph = GraphBuilder.build(files, classpath);
      return new SourceGraph(files, errors, graph, (System.nanoTime() - start) / 1_000_000);
    } finally {
      synchronized (JavaParserFacade.class) {
        JavaParserFacade.clearInstances();
      }
    }
  }

  private void collectEdges(CallGraph graph) {
    for (CallGraph.Node node : graph.nodes()) {
      if (node.body() == null || node.body().kind() == Body.Kind.INSTANCE_INIT) {
        continue;
      }
      for (CallGraph.Edge edge : graph.outgoing(node.id())) {
        addExpanded(graph, node.signature(), edge, new HashSet<>());
      }
    }
  }

  /** Adds the edge, or, for an edge into an instance initializer, that initializer's own edges. */
  private void addExpanded(CallGraph graph, String from, CallGraph.Edge edge, Set<Integer> inlined) {
    CallGraph.Node target = graph.node(edge.to());
    if (target.body() == null) {
      return; // a compiled @SystemStack method: not part of the corpus
    }
    if (target.body().kind() == Body.Kind.INSTANCE_INIT) {
      if (inlined.add(target.id())) {
        for (CallGraph.Edge inner : graph.outgoing(target.id())) {
          addExpanded(graph, from, inner, inlined);
        }
      }
      return;
    }
    edges.putIfAbsent(new Edge(from, target.signature()), new EdgeInfo(edge.site(), edge.dispatch()));
  }

  private static Coverage coverage(List<FileIndex> files, List<CallSite> imprecise) {
    int callSites = 0;
    int precise = 0;
    int fallback = 0;
    int unresolved = 0;
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        for (CallSite site : body.sites()) {
          // Counted as api.Stats counts them: lambdas and initializer runs need no resolution.
          if (site.kind() == CallSite.Kind.LAMBDA || site.kind() == CallSite.Kind.INSTANCE_INIT) {
            continue;
          }
          callSites++;
          Resolution resolution = site.resolution();
          switch (resolution == null ? Resolution.Status.UNRESOLVED : resolution.status()) {
            case PRECISE, NONE -> precise++;
            case FALLBACK -> {
              fallback++;
              imprecise.add(site);
            }
            case UNRESOLVED -> {
              unresolved++;
              imprecise.add(site);
            }
          }
        }
      }
    }
    return new Coverage(callSites, precise, fallback, unresolved);
  }
}
