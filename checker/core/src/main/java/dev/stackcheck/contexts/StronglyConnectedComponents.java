package dev.stackcheck.contexts;

import dev.stackcheck.graph.CallGraph;
import dev.stackcheck.graph.CallGraph.Edge;
import java.util.Arrays;
import java.util.List;

/**
 * Tarjan's algorithm over all edges of a call graph (trampoline edges included), with an explicit
 * stack so that a call chain of any depth fits. Produces a component id per node. Stateless.
 */
public final class StronglyConnectedComponents {
  private final int[] component;

  private StronglyConnectedComponents(int[] component) {
    this.component = component;
  }

  public int componentOf(int node) {
    return component[node];
  }

  public static StronglyConnectedComponents of(CallGraph graph) {
    int n = graph.size();
    int[] index = new int[n];
    int[] low = new int[n];
    int[] component = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(index, -1);
    int[] stack = new int[n];
    int stackSize = 0;
    // The call stack of the recursive formulation: node and position in its edge list.
    int[] frameNode = new int[n];
    int[] frameEdge = new int[n];
    int counter = 0;
    int components = 0;
    for (int start = 0; start < n; start++) {
      if (index[start] >= 0) {
        continue;
      }
      int depth = 0;
      frameNode[0] = start;
      frameEdge[0] = 0;
      index[start] = low[start] = counter++;
      stack[stackSize++] = start;
      onStack[start] = true;
      while (depth >= 0) {
        int node = frameNode[depth];
        List<Edge> edges = graph.outgoing(node);
        if (frameEdge[depth] < edges.size()) {
          int next = edges.get(frameEdge[depth]++).to();
          if (index[next] < 0) {
            index[next] = low[next] = counter++;
            stack[stackSize++] = next;
            onStack[next] = true;
            depth++;
            frameNode[depth] = next;
            frameEdge[depth] = 0;
          } else if (onStack[next]) {
            low[node] = Math.min(low[node], index[next]);
          }
          continue;
        }
        if (low[node] == index[node]) {
          int member;
          do {
            member = stack[--stackSize];
            onStack[member] = false;
            component[member] = components;
          } while (member != node);
          components++;
        }
        depth--;
        if (depth >= 0) {
          int parent = frameNode[depth];
          low[parent] = Math.min(low[parent], low[node]);
        }
      }
    }
    return new StronglyConnectedComponents(component);
  }
}
