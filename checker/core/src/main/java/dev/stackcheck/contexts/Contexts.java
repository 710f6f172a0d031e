package dev.stackcheck.contexts;

import dev.stackcheck.graph.CallGraph;
import dev.stackcheck.graph.CallGraph.Edge;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * The contexts every body may run in (S6), with the shortest path by which each body is reached
 * on a user stack. User stacks spread from the roots along ordinary edges into bodies that are not
 * {@code @SystemStack}; the system stack spreads from {@code @SystemStack} bodies and trampoline
 * edges. Breadth-first from all roots at once, in node order, so paths are shortest and stable.
 * Immutable once computed.
 */
public final class Contexts {
  private final BitSet user;
  private final BitSet system;
  private final Edge[] userParent;
  private final String[] rootReason;

  private Contexts(BitSet user, BitSet system, Edge[] userParent, String[] rootReason) {
    this.user = user;
    this.system = system;
    this.userParent = userParent;
    this.rootReason = rootReason;
  }

  public static Contexts compute(CallGraph graph, List<EntryPoints.Root> roots) {
    int n = graph.size();
    BitSet user = new BitSet(n);
    Edge[] parent = new Edge[n];
    String[] reasons = new String[n];
    Deque<Integer> queue = new ArrayDeque<>();
    for (EntryPoints.Root root : roots) {
      if (!user.get(root.node())) {
        user.set(root.node());
        reasons[root.node()] = root.reason();
        queue.add(root.node());
      }
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (Edge edge : graph.outgoing(node)) {
        if (!edge.trampoline() && !graph.node(edge.to()).systemStack() && !user.get(edge.to())) {
          user.set(edge.to());
          parent[edge.to()] = edge;
          queue.add(edge.to());
        }
      }
    }

    BitSet system = new BitSet(n);
    for (int id = 0; id < n; id++) {
      if (graph.node(id).systemStack()) {
        system.set(id);
        queue.add(id);
      }
      for (Edge edge : graph.outgoing(id)) {
        if (edge.trampoline() && !system.get(edge.to())) {
          system.set(edge.to());
          queue.add(edge.to());
        }
      }
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (Edge edge : graph.outgoing(node)) {
        if (!edge.trampoline() && !graph.node(edge.to()).systemStack() && !system.get(edge.to())) {
          system.set(edge.to());
          queue.add(edge.to());
        }
      }
    }
    return new Contexts(user, system, parent, reasons);
  }

  /** May run on a user stack. */
  public boolean user(int node) {
    return user.get(node);
  }

  /** May run on the system stack. */
  public boolean system(int node) {
    return system.get(node);
  }

  /** The edge by which a user-stack body is first reached; null for roots and unreached bodies. */
  public Edge userParent(int node) {
    return userParent[node];
  }

  /** Why a root is a root; null for other bodies. */
  public String rootReason(int node) {
    return rootReason[node];
  }
}
