package dev.stackcheck.graph;

import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The call graph of one analysis: nodes are bodies of the sources plus the compiled
 * {@code @SystemStack} methods they reach; edges are ordinary or trampoline edges, each located at
 * a call site (S4). Node ids follow file and source order, so every traversal is deterministic.
 * Immutable once built by {@link GraphBuilder}; safe to read from several threads.
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
  private final List<List<Edge>> outgoing;
  private final List<List<Edge>> incoming;
  private final int edgeCount;

  CallGraph(List<Node> nodes, List<List<Edge>> outgoing) {
    this.nodes = List.copyOf(nodes);
    List<List<Edge>> in = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      in.add(new ArrayList<>());
    }
    int count = 0;
    List<List<Edge>> out = new ArrayList<>(nodes.size());
    for (List<Edge> edges : outgoing) {
      out.add(Collections.unmodifiableList(edges));
      for (Edge edge : edges) {
        in.get(edge.to()).add(edge);
        count++;
      }
    }
    List<List<Edge>> frozenIn = new ArrayList<>(in.size());
    for (List<Edge> edges : in) {
      frozenIn.add(Collections.unmodifiableList(edges));
    }
    this.outgoing = out;
    this.incoming = frozenIn;
    this.edgeCount = count;
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
    return outgoing.get(id);
  }

  public List<Edge> incoming(int id) {
    return incoming.get(id);
  }

  public int edgeCount() {
    return edgeCount;
  }
}
