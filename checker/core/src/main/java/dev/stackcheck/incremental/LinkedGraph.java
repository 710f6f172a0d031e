package dev.stackcheck.incremental;

import dev.stackcheck.graph.CallGraph;
import dev.stackcheck.graph.GraphBuilder;
import dev.stackcheck.graph.GraphBuilder.Link;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.resolve.ClasspathAnnotations;
import dev.stackcheck.resolve.Overriders;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The whole call graph of a workspace, kept between updates and patched: every body's edges
 * ({@link GraphBuilder#links}, named by signature), who links to each signature, and the edge
 * count. An update links again only the bodies of the files it replaced and the bodies whose
 * edges may have changed with them ({@link LinkChanges}); then the part of the graph that
 * contexts and violations need is cut out ({@link #slice}).
 *
 * <p>The bodies of a workspace have distinct signatures (a clash makes the workspace resolve and
 * link everything from scratch), so a signature names a node; a body keeps its resolutions, and
 * so its edges' call sites, for as long as it exists: a file resolved again gets new bodies. Not
 * thread-safe.
 */
public final class LinkedGraph {
  private final ClasspathAnnotations classpath;
  private final Map<String, Body> bodies = new HashMap<>();
  private final Map<Body, List<Link>> links = new IdentityHashMap<>();
  /** For each signature, the bodies with an edge to it. */
  private final Map<String, Set<Body>> callers = new HashMap<>();
  /** Compiled {@code @SystemStack} methods with an edge to them, and the number of such edges. */
  private final Map<String, Integer> compiled = new HashMap<>();
  private final Set<Body> systemStack = identitySet();
  private final LinkChanges.Index index = new LinkChanges.Index();
  private final Predicate<String> linkable;
  private int edges;

  public LinkedGraph(ClasspathAnnotations classpath) {
    this.classpath = classpath;
    this.linkable = signature -> bodies.containsKey(signature) || classpath.isSystemStack(signature);
  }

  /** Links every body of {@code files} afresh, forgetting the earlier state. */
  public void rebuild(List<FileIndex> files) {
    bodies.clear();
    links.clear();
    callers.clear();
    compiled.clear();
    systemStack.clear();
    index.clear();
    edges = 0;
    update(List.of(), files, files);
  }

  /**
   * Follows an update that replaced some files.
   *
   * @param before the earlier indexes of the files the update replaced or deleted
   * @param after the indexes of the files it replaced or added
   * @param all every indexed file now, in order
   */
  public void update(List<FileIndex> before, List<FileIndex> after, List<FileIndex> all) {
    LinkChanges changes = LinkChanges.between(before, after, index);
    Set<Body> dirty = identitySet();
    for (FileIndex file : before) {
      for (Body body : file.bodies()) {
        unlink(body);
        bodies.remove(body.signature(), body);
        systemStack.remove(body);
        index.remove(body);
      }
      index.remove(file);
    }
    for (FileIndex file : after) {
      index.add(file);
      for (Body body : file.bodies()) {
        bodies.put(body.signature(), body);
        if (body.systemStack()) {
          systemStack.add(body);
        }
        index.add(body);
        dirty.add(body);
      }
    }
    dirty.addAll(changes.affectedBodies(index));
    if (dirty.isEmpty()) {
      return;
    }
    // All unlinked before any is linked again: an edge to a signature that a body just took or
    // gave up was counted under its old kind (source or compiled), and must be uncounted so.
    for (Body body : dirty) {
      unlink(body);
    }
    Overriders overriders = Overriders.of(all);
    for (Body body : dirty) {
      link(body, GraphBuilder.links(body, overriders, linkable));
    }
  }

  /** Whether a signature is that of a body of the sources. */
  public boolean isSource(String signature) {
    return bodies.containsKey(signature);
  }

  /** Edges of the whole graph. */
  public int edgeCount() {
    return edges;
  }

  /** Nodes of the whole graph that are compiled methods, not bodies of the sources. */
  public int compiledNodes() {
    return compiled.size();
  }

  /**
   * The graph of the bodies that may reach {@code @SystemStack} code, with their nodes in the order
   * of {@code all}'s bodies. Whatever has an edge to such a body may reach that code too, so the
   * edges into these bodies, and the strongly connected components, shortest paths from roots and
   * roots among them, are those of the whole graph: contexts and violations computed over this
   * graph are those of the whole program.
   */
  public CallGraph slice(List<FileIndex> all) {
    Set<Body> reached = identitySet();
    Deque<Body> work = new ArrayDeque<>();
    for (Body body : systemStack) {
      reach(body, reached, work);
    }
    for (String method : compiled.keySet()) {
      for (Body caller : callers.getOrDefault(method, Set.of())) {
        reach(caller, reached, work);
      }
    }
    while (!work.isEmpty()) {
      for (Body caller : callers.getOrDefault(work.poll().signature(), Set.of())) {
        reach(caller, reached, work);
      }
    }
    List<Body> ordered = new ArrayList<>(reached.size());
    for (FileIndex file : all) {
      for (Body body : file.bodies()) {
        if (reached.contains(body)) {
          ordered.add(body);
        }
      }
    }
    return GraphBuilder.subgraph(ordered, links::get, bodies::containsKey, classpath);
  }

  private static void reach(Body body, Set<Body> reached, Deque<Body> work) {
    if (reached.add(body)) {
      work.add(body);
    }
  }

  private void link(Body body, List<Link> bodyLinks) {
    links.put(body, bodyLinks);
    edges += bodyLinks.size();
    for (Link link : bodyLinks) {
      callers.computeIfAbsent(link.target(), k -> identitySet()).add(body);
      if (!bodies.containsKey(link.target())) {
        compiled.merge(link.target(), 1, Integer::sum);
      }
    }
  }

  private void unlink(Body body) {
    List<Link> old = links.remove(body);
    if (old == null) {
      return;
    }
    edges -= old.size();
    for (Link link : old) {
      Set<Body> from = callers.get(link.target());
      if (from != null && from.remove(body) && from.isEmpty()) {
        callers.remove(link.target());
      }
      compiled.computeIfPresent(link.target(), (k, count) -> count == 1 ? null : count - 1);
    }
  }

  static <T> Set<T> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
