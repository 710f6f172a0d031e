package dev.stackcheck.check;

import dev.stackcheck.api.EntryPointMode;
import dev.stackcheck.api.Hop;
import dev.stackcheck.api.Rule;
import dev.stackcheck.api.Violation;
import dev.stackcheck.contexts.Contexts;
import dev.stackcheck.graph.CallGraph;
import dev.stackcheck.graph.CallGraph.Edge;
import dev.stackcheck.graph.CallGraph.Node;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.Resolution;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Finds the violations (S7): every call site where a body that may run on a user stack reaches a
 * {@code @SystemStack} body through an ordinary edge, once per site, with a shortest witness path;
 * and in modes {@code public} and {@code all}, {@code @SystemStack} overrides of unannotated
 * external methods; then hides the suppressed ones ({@link Suppressions}). Stateless.
 */
public final class ViolationFinder {
  private ViolationFinder() {}

  /** The violations that no suppression hides (S7.5), sorted. */
  public static List<Violation> find(
      CallGraph graph, Contexts contexts, EntryPointMode mode, Predicate<String> externalNotSystemStack) {
    return findWithWarnings(graph, contexts, mode, externalNotSystemStack).violations();
  }

  /** The violations that no suppression hides, and warnings about suppressions that hide nothing. */
  public static Suppressions.Result findWithWarnings(
      CallGraph graph, Contexts contexts, EntryPointMode mode, Predicate<String> externalNotSystemStack) {
    return Suppressions.apply(all(graph, contexts, mode, externalNotSystemStack), graph);
  }

  /**
   * As above, with the suppressions of the given files (by path) instead of those of the files of
   * the graph's bodies: for a caller that keeps them between runs, or whose graph is part of the
   * program.
   */
  public static Suppressions.Result findWithWarnings(
      CallGraph graph,
      Contexts contexts,
      EntryPointMode mode,
      Predicate<String> externalNotSystemStack,
      Map<Path, Suppressions.FileSuppressions> suppressions) {
    return Suppressions.apply(all(graph, contexts, mode, externalNotSystemStack), suppressions);
  }

  private static List<Violation> all(
      CallGraph graph, Contexts contexts, EntryPointMode mode, Predicate<String> externalNotSystemStack) {
    Map<CallSite, List<Edge>> bySite = new LinkedHashMap<>();
    for (Node node : graph.nodes()) {
      if (!contexts.user(node.id())) {
        continue;
      }
      for (Edge edge : graph.outgoing(node.id())) {
        if (!edge.trampoline() && graph.node(edge.to()).systemStack()) {
          bySite.computeIfAbsent(edge.site(), s -> new ArrayList<>()).add(edge);
        }
      }
    }
    List<Violation> violations = new ArrayList<>();
    for (Map.Entry<CallSite, List<Edge>> entry : bySite.entrySet()) {
      CallSite site = entry.getKey();
      violations.add(callViolation(graph, contexts, site, entry.getValue()));
    }
    if (mode != EntryPointMode.CLOSED) {
      for (Node node : graph.nodes()) {
        Violation violation = overrideViolation(node, externalNotSystemStack);
        if (violation != null) {
          violations.add(violation);
        }
      }
    }
    Collections.sort(violations);
    return violations;
  }

  private static Violation callViolation(CallGraph graph, Contexts contexts, CallSite site, List<Edge> edges) {
    Edge chosen = edges.stream().filter(e -> !e.dispatch()).findFirst().orElse(edges.get(0));
    boolean viaDispatch = chosen.dispatch();
    Node caller = graph.node(chosen.from());
    Node callee = graph.node(chosen.to());
    List<Hop> path = new ArrayList<>();
    List<Edge> chain = new ArrayList<>();
    IdentityHashMap<Edge, Boolean> guard = new IdentityHashMap<>();
    for (Edge e = contexts.userParent(caller.id()); e != null && guard.put(e, true) == null; e = contexts.userParent(e.from())) {
      chain.add(e);
    }
    Collections.reverse(chain);
    for (Edge e : chain) {
      path.add(new Hop(graph.node(e.from()).signature(), e.site().location()));
    }
    path.add(new Hop(caller.signature(), site.location()));
    path.add(new Hop(callee.signature(), callee.body() == null ? null : callee.body().location()));
    int root = chain.isEmpty() ? caller.id() : chain.get(0).from();
    String reason = contexts.rootReason(root);
    return new Violation(
        Rule.SYSTEM_STACK,
        site.location(),
        caller.signature(),
        callee.signature(),
        viaDispatch,
        message(graph, site, caller, chosen, edges),
        path,
        reason == null ? "entry point" : reason);
  }

  /**
   * The message of a call violation. An enhanced {@code for} calls three methods (S4.1), and its
   * {@code iterator()} and {@code next()} may both reach {@code @SystemStack} code: its edges are
   * grouped by the method they reach, each group said in turn, {@code chosen}'s first.
   */
  private static String message(CallGraph graph, CallSite site, Node caller, Edge chosen, List<Edge> edges) {
    Map<String, List<Edge>> byMethod = new LinkedHashMap<>();
    byMethod.put(calledMethod(graph, site, chosen), new ArrayList<>());
    for (Edge edge : edges) {
      byMethod.computeIfAbsent(calledMethod(graph, site, edge), k -> new ArrayList<>()).add(edge);
    }
    List<String> actions = new ArrayList<>();
    for (List<Edge> group : byMethod.values()) {
      Edge first = group.contains(chosen) ? chosen : group.stream().filter(e -> !e.dispatch()).findFirst().orElse(group.get(0));
      actions.add(action(site, graph.node(first.to()), first.dispatch(), group.size()));
    }
    return describe(caller.body()) + " " + String.join(", and ", actions) + guess(site, graph.node(chosen.to()))
        + ", but may run on a user stack";
  }

  /** The name of the method an edge of a loop reaches; one name for the edges of any other site. */
  private static String calledMethod(CallGraph graph, CallSite site, Edge edge) {
    return site.kind() == CallSite.Kind.FOR_EACH ? methodName(graph.node(edge.to()).signature()) : "";
  }

  /** What the site does with one {@code @SystemStack} callee, reached by {@code targets} edges. */
  private static String action(CallSite site, Node callee, boolean viaDispatch, int targets) {
    String target = "@SystemStack " + callee.signature();
    String action =
        switch (site.kind()) {
          case IMPLICIT_SUPER -> "implicitly calls " + target + " (super())";
          case METHOD_REF -> viaDispatch
              ? "passes " + staticTarget(site, callee) + " as a method reference that runs where it is created and may dispatch to "
                  + target
              : "passes " + target + " as a method reference that runs where it is created";
          case NEW, NEW_ANONYMOUS, ENUM_CONSTANT -> "creates an object with " + target;
          default -> viaDispatch
              ? "calls " + staticTarget(site, callee) + ", which may dispatch to " + target
              : "calls " + target;
        };
    String more =
        viaDispatch && targets > 1
            ? " (and " + (targets - 1) + " more @SystemStack override" + (targets > 2 ? "s" : "") + ")"
            : "";
    return action + more;
  }

  /** Why the site's target is a guess, when it is one. */
  private static String guess(CallSite site, Node callee) {
    Resolution resolution = site.resolution();
    if (resolution == null || resolution.status() != Resolution.Status.FALLBACK) {
      return "";
    }
    if (site.kind() == CallSite.Kind.METHOD_REF && isConstructor(callee)) {
      // T::new where several constructors take as many arguments as the functional interface passes.
      return " (the constructor reference may select any of the " + resolution.targets().size()
          + " constructors that may take its arguments)";
    }
    return " (the call was not resolved; it is matched by name and number of arguments)";
  }

  private static boolean isConstructor(Node node) {
    if (node.body() != null) {
      return node.body().kind() == Body.Kind.CONSTRUCTOR || node.body().kind() == Body.Kind.DEFAULT_CONSTRUCTOR;
    }
    String signature = node.signature();
    String qualified = signature.substring(0, Math.max(signature.indexOf('('), 0));
    String type = qualified.substring(0, Math.max(qualified.lastIndexOf('.'), 0));
    return methodName(signature).equals(type.substring(type.lastIndexOf('.') + 1)); // pkg.T.T(int), compiled
  }

  private static String describe(Body body) {
    return switch (body.kind()) {
      case LAMBDA -> "lambda " + body.signature();
      case STATIC_INIT -> "static initializer " + body.signature();
      case INSTANCE_INIT -> "instance initializer " + body.signature();
      default -> body.signature();
    };
  }

  /**
   * The method the site names that dispatch took to {@code callee}: the target with the callee's
   * name (an enhanced {@code for} names three methods, S4.1), else the first.
   */
  private static String staticTarget(CallSite site, Node callee) {
    Resolution resolution = site.resolution();
    if (resolution == null || resolution.targets().isEmpty()) {
      return "a method";
    }
    String name = methodName(callee.signature());
    for (Resolution.Target target : resolution.targets()) {
      if (methodName(target.signature()).equals(name)) {
        return target.signature();
      }
    }
    return resolution.targets().get(0).signature();
  }

  /** {@code m} for {@code pkg.A.m(int)}. */
  private static String methodName(String signature) {
    int open = signature.indexOf('(');
    String qualified = open < 0 ? signature : signature.substring(0, open);
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private static Violation overrideViolation(Node node, Predicate<String> externalNotSystemStack) {
    Body body = node.body();
    if (body == null || !node.systemStack() || body.kind() != Body.Kind.METHOD) {
      return null;
    }
    String overridden = body.overrides().stream().filter(externalNotSystemStack).findFirst().orElse(null);
    if (overridden == null) {
      return null;
    }
    String message =
        "@SystemStack " + body.signature() + " overrides " + overridden
            + ", which is not @SystemStack: code outside the analysis may call it on a user stack";
    List<Hop> path = List.of(new Hop(overridden, null), new Hop(body.signature(), body.location()));
    return new Violation(
        Rule.SYSTEM_STACK_OVERRIDE, body.location(), overridden, body.signature(), false, message, path,
        "external callers of " + overridden);
  }
}
