package dev.stackcheck.fuzz;

import dev.stackcheck.api.EntryPointMode;
import dev.stackcheck.fuzz.RefGraph.Body;
import dev.stackcheck.fuzz.RefGraph.Edge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The spec's semantics (S5 roots, S6 propagation, S7 violations, S7.5 and comment suppressions)
 * implemented directly on a {@link RefGraph}, as plainly as possible and without any of the
 * engine's code: strongly connected components by mutual reachability, contexts by breadth-first
 * search. Slow on big graphs, which generated programs are not.
 */
final class ReferenceModel {
  /** A violation as the report must show it: where, and how long its shortest witness is. */
  record Expected(String file, int line, int column, int pathLength, boolean viaDispatch) implements Comparable<Expected> {
    @Override
    public int compareTo(Expected o) {
      return toString().compareTo(o.toString());
    }
  }

  /** A warning's position. */
  record ExpectedWarning(String file, int line, int column) implements Comparable<ExpectedWarning> {
    @Override
    public int compareTo(ExpectedWarning o) {
      return toString().compareTo(o.toString());
    }
  }

  private final RefGraph graph;
  private final EntryPointMode mode;
  private final Set<Expected> violations = new TreeSet<>();
  private final Set<ExpectedWarning> warnings = new TreeSet<>();

  /** A site the engine reports as not resolved precisely, connected by name instead. */
  record FallbackSite(String file, int line, int column, boolean matched) {}

  /**
   * @param fallbackSites sites the engine could not resolve and connected, as documented, to every
   *     method of the analyzed code with the same simple name; the model does the same there
   */
  ReferenceModel(RefGraph graph, EntryPointMode mode, Set<FallbackSite> fallbackSites) {
    this.graph = graph;
    this.mode = mode;
    this.fallbackSites = fallbackSites;
    compute();
  }

  private final Set<FallbackSite> fallbackSites;

  Set<Expected> violations() {
    return violations;
  }

  Set<ExpectedWarning> warnings() {
    return warnings;
  }

  private List<List<Edge>> outgoing;

  private void compute() {
    applyFallback();
    int n = graph.bodies.size();
    outgoing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      outgoing.add(new ArrayList<>());
    }
    for (Edge edge : graph.edges) {
      outgoing.get(edge.from().id).add(edge);
    }
    BitSet[] reach = new BitSet[n];
    for (Body body : graph.bodies) {
      reach[body.id] = reachableFrom(body);
    }
    int[] distance = new int[n];
    java.util.Arrays.fill(distance, -1);
    Deque<Body> queue = new ArrayDeque<>();
    for (Body body : graph.bodies) {
      if (isRoot(body, reach)) {
        distance[body.id] = 0;
        queue.add(body);
      }
    }
    while (!queue.isEmpty()) {
      Body body = queue.poll();
      for (Edge edge : outgoing.get(body.id)) {
        if (!edge.trampoline() && !edge.to().systemStack && distance[edge.to().id] < 0) {
          distance[edge.to().id] = distance[body.id] + 1;
          queue.add(edge.to());
        }
      }
    }

    Map<RefGraph.Site, List<Edge>> bySite = new LinkedHashMap<>();
    for (Edge edge : graph.edges) {
      if (!edge.trampoline() && edge.to().systemStack && distance[edge.from().id] >= 0) {
        bySite.computeIfAbsent(edge.site(), s -> new ArrayList<>()).add(edge);
      }
    }
    Set<RefGraph.AnnotationSuppression> usedAnnotations = new HashSet<>();
    Set<RefGraph.CommentSuppression> usedComments = new HashSet<>();
    for (Map.Entry<RefGraph.Site, List<Edge>> entry : bySite.entrySet()) {
      RefGraph.Site site = entry.getKey();
      boolean hidden = false;
      if (site.enclosing() != null) {
        usedAnnotations.add(site.enclosing());
        hidden = true;
      }
      for (RefGraph.CommentSuppression comment : graph.comments) {
        if (comment.hasReason()
            && comment.file().equals(site.file())
            && (site.line() == comment.line() || (comment.alone() && site.line() == comment.line() + 1))) {
          usedComments.add(comment);
          hidden = true;
        }
      }
      if (!hidden) {
        boolean viaDispatch = entry.getValue().stream().allMatch(Edge::dispatch);
        int length = distance[site.owner().id] + 2;
        violations.add(new Expected(site.file(), site.line(), site.column(), length, viaDispatch));
      }
    }
    for (RefGraph.AnnotationSuppression annotation : graph.annotations) {
      if (!usedAnnotations.contains(annotation)) {
        warnings.add(new ExpectedWarning(annotation.file(), annotation.line(), annotation.column()));
      }
    }
    for (RefGraph.CommentSuppression comment : graph.comments) {
      if (!comment.hasReason() || !usedComments.contains(comment)) {
        warnings.add(new ExpectedWarning(comment.file(), comment.line(), comment.column()));
      }
    }
  }

  /** Replaces the edges at fallback sites by edges to every method with the target's simple name. */
  private void applyFallback() {
    if (fallbackSites.isEmpty()) {
      return;
    }
    List<Edge> edges = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    for (Edge edge : graph.edges) {
      RefGraph.Site site = edge.site();
      FallbackSite key = new FallbackSite(site.file(), site.line(), site.column(), true);
      if (fallbackSites.contains(new FallbackSite(site.file(), site.line(), site.column(), false))) {
        continue; // not resolved and matched by nothing: no edge
      }
      if (!fallbackSites.contains(key) || edge.to().kind != RefGraph.Kind.METHOD) {
        edges.add(edge);
        continue;
      }
      for (Body candidate : graph.bodies) {
        if (candidate.kind == RefGraph.Kind.METHOD
            && candidate.simpleName.equals(edge.to().simpleName)
            && seen.add(List.of(site, candidate.id, edge.trampoline()))) {
          edges.add(new Edge(edge.from(), candidate, edge.trampoline(), false, site));
        }
      }
    }
    graph.edges.clear();
    graph.edges.addAll(edges);
  }

  /** S5 in the configured mode. */
  private boolean isRoot(Body body, BitSet[] reach) {
    if (body.systemStack) {
      return false;
    }
    if (body.main || body.kind == RefGraph.Kind.STATIC_INIT) {
      return true;
    }
    // S5.1: nothing outside the body's strongly connected component calls into it.
    boolean enteredFromOutside = false;
    for (Edge edge : graph.edges) {
      boolean targetInComponent = sameComponent(body, edge.to(), reach);
      if (targetInComponent && !sameComponent(body, edge.from(), reach)) {
        enteredFromOutside = true;
        break;
      }
    }
    // Lambdas and anonymous class methods run where their creator lets them (S4.5): they are
    // never roots of their own, not even of a cycle through their creator or in mode public
    // (docs/semantics.md, S5).
    boolean deferred = body.kind == RefGraph.Kind.LAMBDA || body.kind == RefGraph.Kind.ANONYMOUS_METHOD;
    if (!enteredFromOutside && !deferred) {
      return true;
    }
    if (mode == EntryPointMode.PUBLIC && body.kind == RefGraph.Kind.METHOD && (body.api || body.overridesExternal)) {
      return true;
    }
    if (mode == EntryPointMode.ALL && body.namedCallable()) {
      for (Edge edge : graph.edges) {
        if (edge.to() == body && !edge.trampoline()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameComponent(Body a, Body b, BitSet[] reach) {
    return a == b || (reach[a.id].get(b.id) && reach[b.id].get(a.id));
  }

  /** Every body reachable from {@code start} along any edges, itself included. */
  private BitSet reachableFrom(Body start) {
    BitSet seen = new BitSet();
    seen.set(start.id);
    Deque<Body> work = new ArrayDeque<>();
    work.add(start);
    while (!work.isEmpty()) {
      Body body = work.poll();
      for (Edge edge : outgoing.get(body.id)) {
        if (!seen.get(edge.to().id)) {
          seen.set(edge.to().id);
          work.add(edge.to());
        }
      }
    }
    return seen;
  }
}
