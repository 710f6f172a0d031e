package dev.stackcheck.incremental;

import dev.stackcheck.graph.CallGraph;
import dev.stackcheck.graph.GraphBuilder;
import dev.stackcheck.graph.GraphBuilder.Link;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.resolve.ClasspathAnnotations;
import dev.stackcheck.resolve.Overriders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The whole call graph of a workspace, kept between updates and patched: every body's edges
 * ({@link GraphBuilder#links}), who links to each node, and the edge count. An update links again
 * only the bodies of the files it replaced and the bodies whose edges may have changed with them
 * ({@link LinkChanges}); then the part of the graph that contexts and violations need is cut out
 * ({@link #slice}).
 *
 * <p>The bodies of a workspace have distinct signatures (a clash makes the workspace resolve and
 * link everything from scratch), so a signature names a node. Each signature seen gets a vertex
 * number for good, so that edges are arrays of numbers; a vertex holds the current body of its
 * signature, if any. A body keeps its resolutions, and so its edges' call sites, for as long as it
 * exists: a file resolved again gets new bodies. Not thread-safe.
 */
public final class LinkedGraph {
  private static final byte TRAMPOLINE = 1;
  private static final byte DISPATCH = 2;

  /** One body's edges in {@link GraphBuilder#links} order, targets as vertices. */
  private record Links(int[] targets, byte[] kinds, CallSite[] sites) {}

  private final ClasspathAnnotations classpath;
  private final Predicate<String> linkable;
  private final Map<String, Integer> vertices = new HashMap<>();
  /** The vertices of each linked file's bodies, in order. */
  private final Map<FileIndex, int[]> fileVertices = new IdentityHashMap<>();
  private final List<String> signatures = new ArrayList<>();
  private Body[] bodies = new Body[0];
  private Links[] links = new Links[0];
  /** For each vertex, the vertices with at least one edge to it (unordered). */
  private int[][] callers = new int[0][];
  private int[] callerCounts = new int[0];
  /** Vertices named by a compiled {@code @SystemStack} method, linked to at some time. */
  private final Set<Integer> compiled = new TreeSet<>();
  /** Scratch marks, one per vertex, for finding distinct targets. */
  private int[] marks = new int[0];
  private int mark;
  private int edges;
  private final LinkChanges.Index index = new LinkChanges.Index();
  private Overriders overriders = Overriders.of(List.of());

  public LinkedGraph(ClasspathAnnotations classpath) {
    this.classpath = classpath;
    this.linkable = signature -> isSource(signature) || classpath.isSystemStack(signature);
  }

  /** Links every body of {@code files} afresh, forgetting the earlier state. */
  public void rebuild(List<FileIndex> files) {
    vertices.clear();
    fileVertices.clear();
    signatures.clear();
    bodies = new Body[0];
    links = new Links[0];
    callers = new int[0][];
    callerCounts = new int[0];
    marks = new int[0];
    compiled.clear();
    index.clear();
    overriders = Overriders.of(List.of());
    edges = 0;
    update(List.of(), files);
  }

  /**
   * Follows an update that replaced some files.
   *
   * @param before the earlier indexes of the files the update replaced or deleted
   * @param after the indexes of the files it replaced or added
   */
  public void update(List<FileIndex> before, List<FileIndex> after) {
    LinkChanges changes = LinkChanges.between(before, after, index);
    for (FileIndex file : before) {
      for (Body body : file.bodies()) {
        int vertex = vertex(body.signature());
        if (bodies[vertex] == body) {
          unlink(vertex);
          bodies[vertex] = null;
        }
        index.remove(body);
      }
      index.remove(file);
      fileVertices.remove(file);
    }
    Set<Body> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
    for (FileIndex file : after) {
      index.add(file);
      int[] own = new int[file.bodies().size()];
      for (int i = 0; i < own.length; i++) {
        Body body = file.bodies().get(i);
        own[i] = vertex(body.signature()); // first: it may grow the arrays
        bodies[own[i]] = body;
        index.add(body);
        dirty.add(body);
      }
      fileVertices.put(file, own);
    }
    dirty.addAll(changes.affectedBodies(index));
    overriders.update(before, after);
    for (Body body : dirty) {
      unlink(vertex(body.signature()));
    }
    for (Body body : dirty) {
      link(vertex(body.signature()), GraphBuilder.links(body, overriders, linkable));
    }
  }

  /** Whether a signature is that of a body of the sources. */
  public boolean isSource(String signature) {
    Integer vertex = vertices.get(signature);
    return vertex != null && bodies[vertex] != null;
  }

  /** Edges of the whole graph. */
  public int edgeCount() {
    return edges;
  }

  /** Nodes of the whole graph that are compiled methods, not bodies of the sources. */
  public int compiledNodes() {
    int count = 0;
    for (int vertex : compiled) {
      if (bodies[vertex] == null && callerCounts[vertex] > 0) {
        count++;
      }
    }
    return count;
  }

  /**
   * The graph of the bodies that may reach {@code @SystemStack} code, with their nodes in the order
   * of {@code all}'s bodies, then the compiled methods they reach. Whatever has an edge to such a
   * body may reach that code too, so the edges into these bodies, and the strongly connected
   * components, shortest paths from roots and roots among them, are those of the whole graph:
   * contexts and violations computed over this graph are those of the whole program.
   */
  public CallGraph slice(List<FileIndex> all) {
    int count = signatures.size();
    boolean[] reached = new boolean[count];
    int[] queue = new int[count];
    int tail = 0;
    for (int vertex = 0; vertex < count; vertex++) {
      if (bodies[vertex] != null && bodies[vertex].systemStack()) {
        reached[vertex] = true;
        queue[tail++] = vertex;
      }
    }
    for (int vertex : compiled) {
      if (bodies[vertex] == null) {
        reached[vertex] = true; // not queued: its callers are
        for (int i = 0; i < callerCounts[vertex]; i++) {
          int caller = callers[vertex][i];
          if (!reached[caller]) {
            reached[caller] = true;
            queue[tail++] = caller;
          }
        }
      }
    }
    for (int head = 0; head < tail; head++) {
      int vertex = queue[head];
      for (int i = 0; i < callerCounts[vertex]; i++) {
        int caller = callers[vertex][i];
        if (!reached[caller]) {
          reached[caller] = true;
          queue[tail++] = caller;
        }
      }
    }
    CallGraph.Builder graph = new CallGraph.Builder();
    int[] node = new int[count];
    Arrays.fill(node, -1);
    int[] ordered = new int[tail];
    int nodes = 0;
    for (FileIndex file : all) {
      for (int vertex : fileVertices.get(file)) {
        if (reached[vertex]) {
          Body body = bodies[vertex];
          node[vertex] = graph.addNode(body.signature(), body, body.systemStack());
          ordered[nodes++] = vertex;
        }
      }
    }
    for (int vertex : Arrays.copyOf(ordered, nodes)) {
      Links own = links[vertex];
      for (int i = 0; i < own.targets().length; i++) {
        int target = own.targets()[i];
        if (node[target] < 0 && bodies[target] == null) {
          node[target] = graph.addNode(signatures.get(target), null, true);
        }
        if (node[target] >= 0) {
          graph.addEdge(node[vertex], node[target], (own.kinds()[i] & TRAMPOLINE) != 0, (own.kinds()[i] & DISPATCH) != 0,
              own.sites()[i]);
        }
      }
    }
    return graph.build();
  }

  private int vertex(String signature) {
    Integer known = vertices.get(signature);
    if (known != null) {
      return known;
    }
    int vertex = signatures.size();
    vertices.put(signature, vertex);
    signatures.add(signature);
    if (vertex == bodies.length) {
      int size = Math.max(1024, vertex * 2);
      bodies = Arrays.copyOf(bodies, size);
      links = Arrays.copyOf(links, size);
      callers = Arrays.copyOf(callers, size);
      callerCounts = Arrays.copyOf(callerCounts, size);
      marks = Arrays.copyOf(marks, size);
    }
    return vertex;
  }

  private void link(int vertex, List<Link> found) {
    int[] targets = new int[found.size()];
    byte[] kinds = new byte[found.size()];
    CallSite[] sites = new CallSite[found.size()];
    for (int i = 0; i < targets.length; i++) {
      Link link = found.get(i);
      targets[i] = vertex(link.target());
      kinds[i] = (byte) ((link.trampoline() ? TRAMPOLINE : 0) | (link.dispatch() ? DISPATCH : 0));
      sites[i] = link.site();
      if (bodies[targets[i]] == null) {
        compiled.add(targets[i]);
      }
    }
    links[vertex] = new Links(targets, kinds, sites);
    edges += targets.length;
    mark++;
    for (int target : targets) {
      if (marks[target] != mark) {
        marks[target] = mark;
        addCaller(target, vertex);
      }
    }
  }

  private void unlink(int vertex) {
    Links old = links[vertex];
    if (old == null) {
      return;
    }
    links[vertex] = null;
    edges -= old.targets().length;
    mark++;
    for (int target : old.targets()) {
      if (marks[target] != mark) {
        marks[target] = mark;
        removeCaller(target, vertex);
      }
    }
  }

  private void addCaller(int target, int caller) {
    int[] list = callers[target];
    if (list == null) {
      list = callers[target] = new int[4];
    } else if (callerCounts[target] == list.length) {
      list = callers[target] = Arrays.copyOf(list, list.length * 2);
    }
    list[callerCounts[target]++] = caller;
  }

  private void removeCaller(int target, int caller) {
    int[] list = callers[target];
    int last = --callerCounts[target];
    for (int i = 0; i <= last; i++) {
      if (list[i] == caller) {
        list[i] = list[last];
        return;
      }
    }
    throw new IllegalStateException("no edge from " + signatures.get(caller) + " to " + signatures.get(target));
  }
}
