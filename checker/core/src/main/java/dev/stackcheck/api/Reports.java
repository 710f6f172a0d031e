package dev.stackcheck.api;

import dev.stackcheck.check.Suppressions;
import dev.stackcheck.check.ViolationFinder;
import dev.stackcheck.contexts.Contexts;
import dev.stackcheck.contexts.EntryPoints;
import dev.stackcheck.graph.CallGraph;
import dev.stackcheck.graph.GraphBuilder;
import dev.stackcheck.incremental.GraphCache;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.resolve.ClasspathAnnotations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stages after resolution: links the resolved files into a call graph, computes roots and
 * contexts, finds violations and assembles the {@link Report}. Needs no symbol resolution, so a
 * workspace runs it over all files after every update. Stateless.
 */
final class Reports {
  private Reports() {}

  /**
   * @param fileErrors per analyzed file (parsed or not), its input errors
   * @param files the files that were indexed and resolved
   * @param otherErrors input errors that belong to no source file (discovery, classpath)
   */
  static Report assemble(
      List<List<InputError>> fileErrors,
      List<FileIndex> files,
      ClasspathAnnotations classpath,
      Config config,
      List<InputError> otherErrors) {
    return assemble(fileErrors, files, classpath, config, otherErrors, null, Set.of());
  }

  /**
   * As above; with a {@link GraphCache}, links only the edges that can matter (see there) and
   * takes the other edges' count from the cache; {@code changedTargets} are the signatures whose
   * incoming edges the update may have changed.
   */
  static Report assemble(
      List<List<InputError>> fileErrors,
      List<FileIndex> files,
      ClasspathAnnotations classpath,
      Config config,
      List<InputError> otherErrors,
      GraphCache cache,
      Set<String> changedTargets) {
    config.progress().stage("check");
    CallGraph graph;
    int bodies;
    int edges;
    if (cache == null) {
      graph = GraphBuilder.build(files, classpath);
      bodies = graph.size();
      edges = graph.edgeCount();
    } else {
      GraphCache.Link link = cache.toLink(files, changedTargets, classpath);
      graph = GraphBuilder.build(files, classpath, link.slice()::contains, body -> true);
      CallGraph counting = GraphBuilder.build(files, classpath, body -> true, link.dirty()::contains);
      edges = cache.edgeCount(counting, files, link.dirty());
      // Every compiled node is reached from the slice, so the full graph has them all, and every body.
      bodies = (int) graph.nodes().stream().filter(n -> n.body() == null).count();
      for (FileIndex file : files) {
        bodies += file.bodies().size();
      }
    }
    Set<String> sourceSignatures = new HashSet<>();
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        sourceSignatures.add(body.signature());
      }
    }
    List<EntryPoints.Root> roots =
        EntryPoints.of(graph, config.entryPoints(), signature -> !sourceSignatures.contains(signature));
    Contexts contexts = Contexts.compute(graph, roots);
    Suppressions.Result suppressed =
        ViolationFinder.findWithWarnings(
            graph,
            contexts,
            config.entryPoints(),
            signature -> !sourceSignatures.contains(signature) && !classpath.isSystemStack(signature));
    List<InputError> errors = new ArrayList<>(otherErrors);
    fileErrors.forEach(errors::addAll);
    errors.sort(null);
    return new Report(
        suppressed.violations(),
        errors,
        unresolvedSites(files),
        stats(fileErrors.size(), files, bodies, edges),
        suppressed.warnings());
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

  private static Stats stats(int fileCount, List<FileIndex> files, int bodies, int edges) {
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
            skipped++; // outside the slice: cannot reach @SystemStack code
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
    return new Stats(fileCount, bodies, edges, callSites, resolved, fallback, unresolved, skipped);
  }
}
