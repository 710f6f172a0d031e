package dev.stackcheck.graph;

import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The call graph of one analysis: nodes are bodies of the sources plus the compiled
 * {@code @SystemStack} methods they reach; edges are ordinary or trampoline edges, each located at
 * a call site (S4). Node ids follow file and source order, so every traversal is deterministic.
 * Edges are held in two flat arrays (by source node, and by target node), so that a graph of a
 * hundred thousand edges is built and walked in a few milliseconds. Immutable once built (by
 * {@link GraphBuilder}, through a {@link Builder}); safe to read from several threads.
 */
public final class CallGraph {
  /** A node: a source body, or a compiled method ({@code body == null}). */
  public record Node(int id, String signature, Body body, boolean systemStack) {}

  /**
   * An edge from a body to a body it may run.
   *
   * @param trampoline the target runs on the system stack (S4.5)
   * @param dispatch the edge exists only through virtual dispatch to an override (S4.2, S7.2)
   * @param site where the edge is in the source
   */
  public record Edge(int from, int to, boolean trampoline, boolean dispatch, CallSite site) {}

  private final List<Node> nodes;
  /** Edges by source node, each node's in the order of its call sites: node i's are [outStart[i], outStart[i + 1]). */
  private final Edge[] out;
  private final int[] outStart;
  /** Edges by target node, each node's in the order of {@link #out}. */
  private final Edge[] in;
  private final int[] inStart;

  private CallGraph(List<Node> nodes, Edge[] out, int[] outStart) {
    this.nodes = List.copyOf(nodes);
    this.out = out;
    this.outStart = outStart;
    int n = nodes.size();
    int[] inStart = new int[n + 1];
    for (Edge edge : out) {
      inStart[edge.to() + 1]++;
    }
    for (int i = 0; i < n; i++) {
      inStart[i + 1] += inStart[i];
    }
    int[] next = Arrays.copyOf(inStart, n);
    Edge[] in = new Edge[out.length];
    for (Edge edge : out) {
      in[next[edge.to()]++] = edge;
    }
    this.in = in;
    this.inStart = inStart;
  }

  /**
   * Assembles a graph: nodes in id order, edges in any order; each node's edges keep the order in
   * which they were added. Not thread-safe.
   */
  public static final class Builder {
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    /** Adds a node and returns its id. */
    public int addNode(String signature, Body body, boolean systemStack) {
      int id = nodes.size();
      nodes.add(new Node(id, signature, body, systemStack));
      return id;
    }

    public void addEdge(int from, int to, boolean trampoline, boolean dispatch, CallSite site) {
      edges.add(new Edge(from, to, trampoline, dispatch, site));
    }

    public CallGraph build() {
      int n = nodes.size();
      int[] outStart = new int[n + 1];
      for (Edge edge : edges) {
        outStart[edge.from() + 1]++;
      }
      for (int i = 0; i < n; i++) {
        outStart[i + 1] += outStart[i];
      }
      int[] next = Arrays.copyOf(outStart, n);
      Edge[] out = new Edge[edges.size()];
      for (Edge edge : edges) {
        out[next[edge.from()]++] = edge;
      }
      return new CallGraph(nodes, out, outStart);
    }
  }

  public int size() {
    return nodes.size();
  }

  public Node node(int id) {
    return nodes.get(id);
  }

  public List<Node> nodes() {
    return nodes;
  }

  /** Edges leaving a node, in source order of their call sites. */
  public List<Edge> outgoing(int id) {
    return new EdgeRange(out, outStart[id], outStart[id + 1]);
  }

  public List<Edge> incoming(int id) {
    return new EdgeRange(in, inStart[id], inStart[id + 1]);
  }

  public int edgeCount() {
    return out.length;
  }

  /** A read-only view of part of an edge array. */
  private static final class EdgeRange extends AbstractList<Edge> {
    private final Edge[] edges;
    private final int from;
    private final int to;

    EdgeRange(Edge[] edges, int from, int to) {
      this.edges = edges;
      this.from = from;
      this.to = to;
    }

    @Override
    public Edge get(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException(index);
      }
      return edges[from + index];
    }

    @Override
    public int size() {
      return to - from;
    }
  }
}
