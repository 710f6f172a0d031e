package dev.stackcheck.contexts;

import dev.stackcheck.api.EntryPointMode;
import dev.stackcheck.graph.CallGraph;
import dev.stackcheck.graph.CallGraph.Edge;
import dev.stackcheck.graph.CallGraph.Node;
import dev.stackcheck.index.Body;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the roots of the call graph (S5): the bodies that start on a user stack, each with the
 * reason, in the configured entry-point mode. {@code @SystemStack} bodies are never roots.
 * Stateless.
 */
public final class EntryPoints {
  /** A root and why it is one. */
  public record Root(int node, String reason) {}

  private EntryPoints() {}

  public static List<Root> of(CallGraph graph, EntryPointMode mode, java.util.function.Predicate<String> external) {
    StronglyConnectedComponents components = StronglyConnectedComponents.of(graph);
    int n = graph.size();
    boolean[] enteredFromOutside = new boolean[n];
    int[] componentSize = new int[n];
    for (int id = 0; id < n; id++) {
      componentSize[components.componentOf(id)]++;
    }
    for (int id = 0; id < n; id++) {
      for (Edge edge : graph.outgoing(id)) {
        if (components.componentOf(edge.from()) != components.componentOf(edge.to())) {
          enteredFromOutside[components.componentOf(edge.to())] = true;
        }
      }
    }
    List<Root> roots = new ArrayList<>();
    for (Node node : graph.nodes()) {
      if (node.systemStack() || node.body() == null) {
        continue;
      }
      String reason = reason(graph, node, mode, components, enteredFromOutside, componentSize, external);
      if (reason != null) {
        roots.add(new Root(node.id(), reason));
      }
    }
    return roots;
  }

  private static String reason(
      CallGraph graph,
      Node node,
      EntryPointMode mode,
      StronglyConnectedComponents components,
      boolean[] enteredFromOutside,
      int[] componentSize,
      java.util.function.Predicate<String> external) {
    Body body = node.body();
    if (body.isMain()) {
      return "main method";
    }
    if (body.kind() == Body.Kind.STATIC_INIT) {
      return "static initializer";
    }
    int component = components.componentOf(node.id());
    // A lambda or anonymous class method always has an edge from its creator; when that edge is
    // inside its own component, the creator's contexts still decide where it runs (S4.5). Made a
    // root, a lambda that a recursive method passes to a trampoline would run on a user stack.
    if (!enteredFromOutside[component] && !body.deferred()) {
      if (componentSize[component] == 1 && graph.incoming(node.id()).stream().noneMatch(e -> e.from() == node.id())) {
        return "nothing in the analyzed code calls it";
      }
      return "recursive cycle that nothing else in the analyzed code calls";
    }
    if (mode == EntryPointMode.PUBLIC) {
      if (body.isApi() && (body.kind() == Body.Kind.METHOD
          || body.kind() == Body.Kind.CONSTRUCTOR
          || body.kind() == Body.Kind.DEFAULT_CONSTRUCTOR)) {
        return "public API (--entry-points public)";
      }
      // Not methods of anonymous classes: like lambdas, they run where their creator lets them,
      // so an anonymous Runnable passed to a trampoline stays on the system stack.
      if (body.kind() == Body.Kind.METHOD && !body.deferred() && body.overrides().stream().anyMatch(external)) {
        return "overrides a method declared outside the analyzed code (--entry-points public)";
      }
    }
    if (mode == EntryPointMode.ALL && body.isNamedCallable()) {
      boolean onlyTrampolined = graph.incoming(node.id()).stream().allMatch(Edge::trampoline);
      if (!onlyTrampolined) {
        return "every method is an entry point (--entry-points all)";
      }
    }
    return null;
  }
}
