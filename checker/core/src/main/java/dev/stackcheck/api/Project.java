package dev.stackcheck.api;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.resolution.TypeSolver;
import dev.stackcheck.api.Workspace.Change;
import dev.stackcheck.api.Workspace.Update;
import dev.stackcheck.incremental.BodyReuse;
import dev.stackcheck.incremental.Dependencies;
import dev.stackcheck.incremental.FileInterface;
import dev.stackcheck.index.BodyExtractor;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.resolve.ClasspathAnnotations;
import dev.stackcheck.resolve.ResolutionTracker;
import dev.stackcheck.resolve.Resolver;
import dev.stackcheck.resolve.Restorer;
import dev.stackcheck.resolve.SolverCaches;
import dev.stackcheck.resolve.SourceTypeSolver;
import dev.stackcheck.resolve.Symbols;
import dev.stackcheck.resolve.TypeSolvers;
import dev.stackcheck.source.CyclicInheritance;
import dev.stackcheck.source.JavaSourceParser;
import dev.stackcheck.source.ParsedFile;
import dev.stackcheck.source.SourceDiscovery;
import dev.stackcheck.source.SourceFile;
import dev.stackcheck.source.SourceReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The state behind a {@link Workspace} and the algorithm that keeps it current.
 *
 * <p>Every file keeps its text, tree, index and, once resolved, its resolutions (strings, so the
 * graph re-links cheaply). An update re-parses the changed files and resolves them again; then
 * every file whose recorded dependencies name something whose {@link FileInterface} changed is
 * re-indexed from its unchanged tree (its solver caches dropped) and resolved again, round after
 * round until no interface changes. Three situations make names or facts depend on the whole
 * file set, and then every file is resolved again: two files declaring the same signature, the
 * set of {@code @SystemStack} interface methods becoming empty or not (it decides whether lambdas
 * are resolved), and more than {@link #MAX_ROUNDS} rounds. The call graph is patched where the
 * update replaced files, and contexts and violations are computed again over the part of it that
 * may reach {@code @SystemStack} code ({@link WorkspaceReports}).
 *
 * <p>Not thread-safe: the workspace runs it on one thread.
 */
final class Project {
  private static final int MAX_ROUNDS = 8;

  /** One source file as the workspace holds it. */
  private static final class Source {
    final Path path;
    final String text;
    final List<InputError> errors;
    final CompilationUnit unit;
    FileIndex index;
    InputError indexError;
    Map<String, String> api = Map.of();

    Source(Path path, String text, List<InputError> errors, CompilationUnit unit) {
      this.path = path;
      this.text = text;
      this.errors = List.copyOf(errors);
      this.unit = unit;
    }
  }

  private final Config config;
  private final List<Path> roots = new ArrayList<>();
  private final boolean incremental;
  private final ClasspathAnnotations classpath;
  private final SourceTypeSolver sources = new SourceTypeSolver();
  private final Symbols symbols = new Symbols();
  private final Dependencies dependencies;
  private final TypeSolver solver;
  private final List<InputError> fixedErrors = new ArrayList<>();
  private final TreeMap<String, Source> files = new TreeMap<>();
  /** The graph and report parts an incremental workspace keeps; null for a one-shot run. */
  private final WorkspaceReports reports;
  private JavaSourceParser parser;
  private Checked lastChecked;
  /** Files declaring types that inherit from themselves: reported and left out (CyclicInheritance). */
  private CyclicInheritance.Result cycles = new CyclicInheritance.Result(List.of(), Set.of());
  private boolean systemStackInterfaces;
  private Report report;

  Project(Config config, List<Path> inputs, boolean incremental) {
    this.config = config;
    this.incremental = incremental;
    for (Path input : inputs) {
      roots.add(input.toAbsolutePath().normalize());
    }
    SourceDiscovery.Result discovered = SourceDiscovery.discover(inputs);
    fixedErrors.addAll(discovered.errors());
    List<Parsing.Parsed> all = Parsing.parseAndIndexAll(config, discovered.files());
    config.progress().stage("index");
    cycles = CyclicInheritance.find(all.stream().map(Parsing.Parsed::file).toList());
    for (Parsing.Parsed parsed : all) {
      ParsedFile file = parsed.file();
      Source source = new Source(file.path(), file.text(), file.errors(), file.unit());
      if (!cycles.excluded().contains(source.path)) {
        source.index = parsed.index();
        source.indexError = parsed.indexError();
      }
      files.put(file.path().toString(), source);
    }
    classpath = ClasspathAnnotations.scan(config.classpath());
    fixedErrors.addAll(classpath.errors());
    dependencies = incremental ? new Dependencies() : null;
    reports = incremental ? new WorkspaceReports(classpath, config) : null;
    TypeSolvers.Result solvers = TypeSolvers.create(sources, config.classpath(), tracker());
    fixedErrors.addAll(solvers.errors());
    solver = solvers.solver();
    resolveAll(false);
  }

  Report report() {
    return report;
  }

  boolean inScope(Path file) {
    if (!file.getFileName().toString().endsWith(".java")) {
      return false;
    }
    for (Path root : roots) {
      if (file.equals(root) || (file.startsWith(root) && !file.equals(root))) {
        return true;
      }
    }
    return false;
  }

  Set<String> dependencies(Path file) {
    return dependencies == null ? Set.of() : dependencies.keysOf(file);
  }

  void release() {
    SolverCaches.release(solver);
  }

  Update apply(List<Change> changes) {
    Clock start = Clock.now();
    List<Path> parsed = new ArrayList<>();
    Set<String> changedKeys = new HashSet<>();
    Map<Source, Map<String, String>> previous = new IdentityHashMap<>();
    List<Source> round = new ArrayList<>();
    boolean changed = false;
    Map<Path, FileIndex> replaced = new TreeMap<>();
    Source edited = null;
    Source editedBefore = null;
    Set<String> editedKeys = Set.of();
    boolean typesChanged = false;
    for (Change change : changes) {
      Path path = change.file().toAbsolutePath().normalize();
      if (!inScope(path)) {
        continue;
      }
      Source old = files.get(path.toString());
      SourceReader.Result read = read(path, change.text());
      if (old != null && read != null && unchanged(old, read)) {
        continue;
      }
      if (old == null && read == null) {
        continue;
      }
      changed = true;
      Map<String, String> api = old == null ? Map.of() : previous.getOrDefault(old, old.api);
      if (old != null) {
        if (old.index != null) {
          replaced.putIfAbsent(path, old.index);
        }
        if (dependencies != null && old.index != null) {
          editedBefore = old;
          editedKeys = dependencies.keysOf(old.path);
        }
        retire(old);
        round.remove(old);
        previous.remove(old);
        files.remove(path.toString());
      }
      if (read == null) {
        changedKeys.addAll(api.keySet());
        typesChanged = true;
        continue;
      }
      Source fresh = parse(path, read);
      typesChanged |= old == null || typesChanged(old, fresh);
      replaced.putIfAbsent(path, null);
      files.put(path.toString(), fresh);
      parsed.add(path);
      if (fresh.index != null) {
        sources.add(fresh.index);
        previous.put(fresh, api);
        round.add(fresh);
        edited = fresh;
      } else {
        changedKeys.addAll(api.keySet());
      }
    }
    if (!changed) {
      return new Update(report, List.of(), List.of(), 0, false, Workspace.Timings.NONE);
    }
    Clock parsedAt = Clock.now();
    if (typesChanged) {
      CyclicInheritance.Result nowCyclic = CyclicInheritance.find(parsedFiles());
      if (!nowCyclic.excluded().equals(cycles.excluded())) {
        cycles = nowCyclic; // rare: which files are left out changed, so start over
        return full(parsed, start, parsedAt);
      }
      cycles = nowCyclic;
    }
    if (!incremental || dependencies.signatureClash()) {
      return full(parsed, start, parsedAt);
    }
    Set<Path> resolved = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
    // One edited file whose declarations stayed the same keeps the results of its unchanged members.
    BodyReuse reuse = null;
    if (parsed.size() == 1 && round.size() == 1 && edited == round.get(0) && editedBefore != null
        && editedBefore.path.equals(edited.path) && changedKeys.isEmpty()) {
      Restorer restorer = BodyReuse.between(editedBefore.index, edited.index);
      reuse = restorer instanceof BodyReuse bodies ? bodies : null;
    }
    for (int rounds = 1; ; rounds++) {
      if (!round.isEmpty()) {
        List<FileIndex> subset = new ArrayList<>();
        for (Source source : round) {
          dependencies.forget(source.path);
          subset.add(source.index);
        }
        List<FileIndex> all = indexes();
        Restorer restorer = rounds == 1 && reuse != null ? reuse : Restorer.NONE;
        Resolver.resolve(all, subset, solver, classpath, config, dependencies, restorer, symbols);
        if (rounds == 1 && reuse != null && reuse.restored() > 0) {
          dependencies.add(edited.path, editedKeys); // what the kept results looked up
        }
        if (dependencies.signatureClash() || Resolver.systemStackInterfacesExist(all, classpath) != systemStackInterfaces) {
          return full(parsed, start, parsedAt);
        }
        for (Source source : round) {
          Map<String, String> now = FileInterface.of(source.index);
          addDifferences(previous.getOrDefault(source, Map.of()), now, changedKeys);
          source.api = now;
          resolved.add(source.path);
        }
      }
      Set<Path> next = dependencies.dependents(changedKeys);
      changedKeys.clear();
      for (Source source : round) {
        next.remove(source.path);
      }
      if (next.isEmpty()) {
        break;
      }
      if (rounds >= MAX_ROUNDS) {
        return full(parsed, start, parsedAt);
      }
      previous.clear();
      round = new ArrayList<>();
      for (Path path : next) {
        Source source = files.get(path.toString());
        if (source == null || source.index == null) {
          continue;
        }
        previous.put(source, source.api);
        replaced.putIfAbsent(source.path, source.index);
        sources.remove(source.index);
        SolverCaches.clearTypes(source.unit);
        index(source);
        if (source.index != null) {
          sources.add(source.index);
          round.add(source);
        }
      }
    }
    Clock resolvedAt = Clock.now();
    List<FileIndex> before = new ArrayList<>();
    List<FileIndex> after = new ArrayList<>();
    for (Map.Entry<Path, FileIndex> entry : replaced.entrySet()) {
      if (entry.getValue() != null) {
        before.add(entry.getValue());
      }
      Source now = files.get(entry.getKey().toString());
      if (now != null && now.index != null) {
        after.add(now.index);
      }
    }
    reports.update(before, after);
    report = reports.assemble(files(), indexes(), errors());
    int restored = reuse == null ? 0 : reuse.restored();
    return new Update(report, parsed, new ArrayList<>(resolved), restored, false, Clock.timings(start, parsedAt, resolvedAt));
  }

  private Update full(List<Path> parsed, Clock start, Clock parsedAt) {
    resolveAll(true);
    List<Path> all = new ArrayList<>();
    for (Source source : files.values()) {
      if (source.index != null) {
        all.add(source.path);
      }
    }
    return new Update(report, parsed, all, 0, true, Clock.timings(start, parsedAt, Clock.now()));
  }

  /** Elapsed and thread CPU time at one moment, to split an update's time into phases. */
  private record Clock(long nanos, long cpuNanos) {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static Clock now() {
      return new Clock(System.nanoTime(), THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0);
    }

    static Workspace.Timings timings(Clock start, Clock parsed, Clock resolved) {
      Clock end = now();
      long millis = 1_000_000;
      return new Workspace.Timings(
          (parsed.nanos - start.nanos) / millis, (resolved.nanos - parsed.nanos) / millis, (end.nanos - resolved.nanos) / millis,
          (parsed.cpuNanos - start.cpuNanos) / millis, (resolved.cpuNanos - parsed.cpuNanos) / millis,
          (end.cpuNanos - resolved.cpuNanos) / millis);
    }
  }

  /** Resolves every file from scratch; {@code again} when the trees were resolved before. */
  private void resolveAll(boolean again) {
    if (again) {
      SolverCaches.release(solver); // the workspace is rebuilt: drop the facades and inference records too
    }
    sources.clear();
    if (dependencies != null) {
      dependencies.clear();
    }
    for (Source source : files.values()) {
      if (again && source.unit != null) {
        SolverCaches.clearTypes(source.unit);
        index(source);
      }
      if (source.index != null) {
        sources.add(source.index);
      }
    }
    List<FileIndex> all = indexes();
    Resolver.resolve(all, all, solver, classpath, config, tracker(), Restorer.NONE, symbols);
    systemStackInterfaces = Resolver.systemStackInterfacesExist(all, classpath);
    if (incremental) {
      for (Source source : files.values()) {
        source.api = source.index == null ? Map.of() : FileInterface.of(source.index);
      }
    }
    // With a signature clash the first body of a name wins a node; only the full graph knows which.
    if (reports != null && !dependencies.signatureClash()) {
      reports.rebuild(all);
      report = reports.assemble(files(), all, errors());
    } else {
      report = Reports.assemble(files(), all, classpath, config, errors());
    }
  }

  private ResolutionTracker tracker() {
    return dependencies == null ? ResolutionTracker.NONE : dependencies;
  }

  /** Forgets what the solver and the dependency index know about a file's current version. */
  private void retire(Source old) {
    if (old.index != null) {
      sources.remove(old.index);
    }
    if (dependencies != null) {
      dependencies.forget(old.path);
    }
  }

  private SourceReader.Result read(Path path, String text) {
    if (text != null) {
      return new SourceReader.Result(new SourceFile(path, text), null);
    }
    return Files.isRegularFile(path) ? SourceReader.read(path, config.encoding()) : null;
  }

  /**
   * Whether a change of a file may change the cycles of inheritance or their errors: it changed
   * what {@link CyclicInheritance} reads, or the file holds a type of a cycle (whose error has a
   * position).
   */
  private boolean typesChanged(Source old, Source fresh) {
    return old.unit == null
        || fresh.unit == null
        || cycles.excluded().contains(fresh.path)
        || !CyclicInheritance.inputs(old.unit).equals(CyclicInheritance.inputs(fresh.unit));
  }

  private static boolean unchanged(Source old, SourceReader.Result read) {
    if (read.error() != null) {
      return old.text == null && old.errors.equals(List.of(read.error()));
    }
    return read.file().text().equals(old.text);
  }

  List<InputError> syntaxErrors(Path path, String text) {
    SourceFile file = new SourceFile(path, text);
    ParsedFile parsed = parser().parse(file);
    // An editor applies a text right after it parsed cleanly: keep the tree to parse it once.
    lastChecked = parsed.errors().isEmpty() ? new Checked(file, parsed) : null;
    return parsed.errors();
  }

  private Source parse(Path path, SourceReader.Result read) {
    if (read.error() != null) {
      return new Source(path, null, List.of(read.error()), null);
    }
    Checked checked = lastChecked;
    lastChecked = null;
    ParsedFile parsed = checked != null && checked.file().equals(read.file()) ? checked.parsed() : parser().parse(read.file());
    Source source = new Source(path, parsed.text(), parsed.errors(), parsed.unit());
    index(source);
    return source;
  }

  private JavaSourceParser parser() {
    if (parser == null) {
      parser = new JavaSourceParser(config.javaRelease());
    }
    return parser;
  }

  /** A text {@link #syntaxErrors} parsed without errors, and its tree, not yet applied. */
  private record Checked(SourceFile file, ParsedFile parsed) {}

  private List<InputError> errors() {
    List<InputError> errors = new ArrayList<>(fixedErrors);
    errors.addAll(cycles.errors());
    return errors;
  }

  private List<ParsedFile> parsedFiles() {
    List<ParsedFile> parsed = new ArrayList<>();
    for (Source source : files.values()) {
      parsed.add(new ParsedFile(source.path, source.text, source.unit, source.errors));
    }
    return parsed;
  }

  private void index(Source source) {
    source.index = null;
    source.indexError = null;
    if (source.unit == null || cycles.excluded().contains(source.path)) {
      return;
    }
    Parsing.Parsed parsed = Parsing.index(new ParsedFile(source.path, source.text, source.unit, source.errors));
    source.index = parsed.index();
    source.indexError = parsed.indexError();
  }

  private static void addDifferences(Map<String, String> before, Map<String, String> after, Set<String> into) {
    for (Map.Entry<String, String> entry : before.entrySet()) {
      if (!entry.getValue().equals(after.get(entry.getKey()))) {
        into.add(entry.getKey());
      }
    }
    for (String key : after.keySet()) {
      if (!before.containsKey(key)) {
        into.add(key);
      }
    }
  }

  private List<FileIndex> indexes() {
    List<FileIndex> indexes = new ArrayList<>();
    for (Source source : files.values()) {
      if (source.index != null) {
        indexes.add(source.index);
      }
    }
    return indexes;
  }

  /** Per file: the errors of reading, parsing and indexing it. */
  private List<List<InputError>> files() {
    List<List<InputError>> errors = new ArrayList<>();
    for (Source source : files.values()) {
      List<InputError> own = new ArrayList<>(source.errors);
      if (source.indexError != null) {
        own.add(source.indexError);
      }
      errors.add(own);
    }
    return errors;
  }
}
