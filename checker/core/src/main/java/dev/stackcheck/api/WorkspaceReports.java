package dev.stackcheck.api;

import com.github.javaparser.ast.CompilationUnit;
import dev.stackcheck.check.Suppressions;
import dev.stackcheck.graph.CallGraph;
import dev.stackcheck.incremental.LinkedGraph;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.resolve.ClasspathAnnotations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages after resolution for a {@link Workspace}, which keeps what they found between
 * updates: the whole call graph ({@link LinkedGraph}, patched where the update replaced files),
 * and each file's part of the report (statistics and unresolved sites per resolved version of a
 * file, suppressions per syntax tree). Contexts and violations are computed over the part of the
 * graph that may reach {@code @SystemStack} code. The report equals {@link Reports#assemble}'s for
 * the same files, except that no call site is skipped. Needs distinct signatures (a workspace
 * whose files clash uses {@link Reports#assemble}). Not thread-safe.
 */
final class WorkspaceReports {
  /** What the report takes from one resolved version of a file. */
  private record FileFacts(Reports.SiteCounts counts, List<UnresolvedSite> unresolvedSites) {}

  private final ClasspathAnnotations classpath;
  private final Config config;
  private final LinkedGraph graph;
  private Map<FileIndex, FileFacts> facts = new IdentityHashMap<>();
  private Map<CompilationUnit, Suppressions.FileSuppressions> suppressions = new IdentityHashMap<>();

  WorkspaceReports(ClasspathAnnotations classpath, Config config) {
    this.classpath = classpath;
    this.config = config;
    this.graph = new LinkedGraph(classpath);
  }

  /** Links every file afresh (after every file was resolved again). */
  void rebuild(List<FileIndex> files) {
    graph.rebuild(files);
  }

  /** Follows an update; see {@link LinkedGraph#update}. */
  void update(List<FileIndex> before, List<FileIndex> after) {
    graph.update(before, after);
  }

  /**
   * @param fileErrors per analyzed file (parsed or not), its input errors
   * @param files every file that was indexed and resolved, in order
   * @param otherErrors input errors that belong to no source file
   */
  Report assemble(List<List<InputError>> fileErrors, List<FileIndex> files, List<InputError> otherErrors) {
    Map<FileIndex, FileFacts> nowFacts = new IdentityHashMap<>();
    Map<CompilationUnit, Suppressions.FileSuppressions> nowSuppressions = new IdentityHashMap<>();
    Map<Path, Suppressions.FileSuppressions> byPath = new LinkedHashMap<>();
    Reports.SiteCounts counts = Reports.SiteCounts.NONE;
    List<UnresolvedSite> unresolved = new ArrayList<>();
    int bodies = graph.compiledNodes();
    for (FileIndex file : files) {
      FileFacts own = facts.get(file);
      if (own == null) {
        own = new FileFacts(Reports.SiteCounts.of(file), Reports.unresolvedSites(file));
      }
      nowFacts.put(file, own);
      counts = counts.plus(own.counts());
      unresolved.addAll(own.unresolvedSites());
      bodies += file.bodies().size();
      // As in a one-shot run, the files of the graph's bodies: those with at least one.
      if (!file.bodies().isEmpty()) {
        Suppressions.FileSuppressions scanned = suppressions.get(file.unit());
        if (scanned == null) {
          scanned = Suppressions.scan(file.path(), file.unit());
        }
        nowSuppressions.put(file.unit(), scanned);
        byPath.put(file.path(), scanned);
      }
    }
    facts = nowFacts;
    suppressions = nowSuppressions;
    CallGraph slice = graph.slice(files);
    Suppressions.Result checked = Reports.check(slice, classpath, config, graph::isSource, byPath);
    Stats stats = counts.stats(fileErrors.size(), bodies, graph.edgeCount());
    return Reports.report(checked, fileErrors, otherErrors, unresolved, stats);
  }
}
