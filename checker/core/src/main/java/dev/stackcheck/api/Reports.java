package dev.stackcheck.api;

import dev.stackcheck.check.Suppressions;
import dev.stackcheck.check.ViolationFinder;
import dev.stackcheck.contexts.Contexts;
import dev.stackcheck.contexts.EntryPoints;
import dev.stackcheck.graph.CallGraph;
import dev.stackcheck.graph.GraphBuilder;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.resolve.ClasspathAnnotations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The stages after resolution: links the resolved files into a call graph, computes roots and
 * contexts, finds violations and assembles the {@link Report}. Needs no symbol resolution. A
 * one-shot run links every file ({@link #assemble}); a workspace keeps the graph and each file's
 * part of the report between updates ({@link WorkspaceReports}) and shares the rest from here.
 * Stateless.
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
    config.progress().stage("check");
    CallGraph graph = GraphBuilder.build(files, classpath);
    Set<String> sourceSignatures = new HashSet<>();
    SiteCounts counts = SiteCounts.NONE;
    List<UnresolvedSite> unresolved = new ArrayList<>();
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        sourceSignatures.add(body.signature());
      }
      counts = counts.plus(SiteCounts.of(file));
      unresolved.addAll(unresolvedSites(file));
    }
    Suppressions.Result checked = check(graph, classpath, config, sourceSignatures::contains, null);
    Stats stats = counts.stats(fileErrors.size(), graph.size(), graph.edgeCount());
    return report(checked, fileErrors, otherErrors, unresolved, stats);
  }

  /**
   * Roots, contexts and violations of a graph that holds every body that may reach
   * {@code @SystemStack} code.
   *
   * @param isSource whether a signature is that of a body of the sources (in the graph or not)
   * @param suppressions the suppressions of every file with bodies, by path; null: scan those of
   *     the graph's bodies
   */
  static Suppressions.Result check(
      CallGraph graph,
      ClasspathAnnotations classpath,
      Config config,
      Predicate<String> isSource,
      Map<Path, Suppressions.FileSuppressions> suppressions) {
    List<EntryPoints.Root> roots = EntryPoints.of(graph, config.entryPoints(), isSource.negate());
    Contexts contexts = Contexts.compute(graph, roots);
    Predicate<String> externalNotSystemStack = signature -> !isSource.test(signature) && !classpath.isSystemStack(signature);
    return suppressions == null
        ? ViolationFinder.findWithWarnings(graph, contexts, config.entryPoints(), externalNotSystemStack)
        : ViolationFinder.findWithWarnings(graph, contexts, config.entryPoints(), externalNotSystemStack, suppressions);
  }

  static Report report(
      Suppressions.Result checked,
      List<List<InputError>> fileErrors,
      List<InputError> otherErrors,
      List<UnresolvedSite> unresolvedSites,
      Stats stats) {
    List<InputError> errors = new ArrayList<>(otherErrors);
    fileErrors.forEach(errors::addAll);
    errors.sort(null);
    List<UnresolvedSite> sites = new ArrayList<>(unresolvedSites);
    sites.sort(null);
    return new Report(checked.violations(), errors, sites, stats, checked.warnings());
  }

  /** The call sites of one file that were not resolved precisely, in source order. */
  static List<UnresolvedSite> unresolvedSites(FileIndex file) {
    List<UnresolvedSite> sites = new ArrayList<>();
    for (Body body : file.bodies()) {
      for (CallSite site : body.sites()) {
        Resolution resolution = site.resolution();
        if (resolution != null
            && (resolution.status() == Resolution.Status.FALLBACK
                || resolution.status() == Resolution.Status.UNRESOLVED)) {
          sites.add(
              new UnresolvedSite(site.location(), CallText.of(site), resolution.targets().size(), resolution.reason()));
        }
      }
    }
    return sites;
  }

  /** How the call sites of some files were resolved, for {@link Stats}. */
  record SiteCounts(int callSites, int resolved, int fallback, int unresolved, int skipped) {
    static final SiteCounts NONE = new SiteCounts(0, 0, 0, 0, 0);

    static SiteCounts of(FileIndex file) {
      int callSites = 0;
      int resolved = 0;
      int fallback = 0;
      int unresolved = 0;
      int skipped = 0;
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
      return new SiteCounts(callSites, resolved, fallback, unresolved, skipped);
    }

    SiteCounts plus(SiteCounts other) {
      return new SiteCounts(
          callSites + other.callSites, resolved + other.resolved, fallback + other.fallback,
          unresolved + other.unresolved, skipped + other.skipped);
    }

    Stats stats(int files, int bodies, int edges) {
      return new Stats(files, bodies, edges, callSites, resolved, fallback, unresolved, skipped);
    }
  }
}
