package dev.stackcheck.crosscheck;

import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.index.TypeInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares stackcheck's call graph of a corpus with the bytecode oracle's, on edges between
 * source bodies that both sides know. Differences are grouped by kind; the kinds the semantics
 * intends ({@link Intended}) are listed and left out of recall and precision, everything else
 * counts.
 */
final class CrossCheck {
  /** Differences the semantics intends: listed, and left out of the figures. */
  enum Intended {
    ANONYMOUS_CREATION(
        "S4.5: creating an anonymous class is an edge to each of its methods; bytecode reaches them only by dispatch"),
    ANONYMOUS_DISPATCH(
        "S4.8 (docs/semantics.md, S4.2): dispatch does not reach anonymous class methods, their creator does; bytecode dispatches to them");

    final String description;

    Intended(String description) {
      this.description = description;
    }
  }

  /** One difference: the edge, its kind, and where it comes from. */
  record Difference(Edge edge, String kind, String where) {}

  final Corpus corpus;
  final SourceGraph source;
  final BodyMapping mapping;
  final Map<Edge, BytecodeGraph.Call> bytecodeEdges = new LinkedHashMap<>();
  final Map<Edge, String> bytecodeVia = new LinkedHashMap<>();
  final int common;
  final List<Difference> missed = new ArrayList<>();
  final List<Difference> extra = new ArrayList<>();
  final Map<Intended, List<Difference>> excluded = new TreeMap<>();
  final long bytecodeMillis;

  private final Set<String> mappedSignatures = new HashSet<>();

  private CrossCheck(Corpus corpus) {
    this.corpus = corpus;
    this.source = SourceGraph.build(corpus);
    long start = System.nanoTime();
    ClassFiles classes = new ClassFiles(corpus);
    BytecodeGraph graph = new BytecodeGraph(classes);
    this.mapping = new BodyMapping(classes, graph, source, corpus);
    for (Map.Entry<MethodRef, BodyMapping.Mapped> entry : mapping.methods.entrySet()) {
      if (entry.getValue().status() == BodyMapping.Status.MAPPED) {
        mappedSignatures.add(entry.getValue().signature());
      }
    }
    for (Map.Entry<MethodRef, List<BytecodeGraph.Call>> entry : graph.calls.entrySet()) {
      BodyMapping.Mapped from = mapping.of(entry.getKey());
      if (from != null && from.status() == BodyMapping.Status.MAPPED) {
        for (BytecodeGraph.Call call : entry.getValue()) {
          expand(graph, from.signature(), call, call, null, new HashSet<>());
        }
      }
    }
    this.bytecodeMillis = (System.nanoTime() - start) / 1_000_000;

    int both = 0;
    for (Map.Entry<Edge, BytecodeGraph.Call> entry : bytecodeEdges.entrySet()) {
      Edge edge = entry.getKey();
      if (source.edges.containsKey(edge)) {
        both++;
        continue;
      }
      BytecodeGraph.Call call = entry.getValue();
      Difference difference = new Difference(edge, missedKind(edge, call), "line " + call.line());
      if (isAnonymousDispatch(edge, call)) {
        excluded.computeIfAbsent(Intended.ANONYMOUS_DISPATCH, k -> new ArrayList<>()).add(difference);
      } else {
        missed.add(difference);
      }
    }
    for (Map.Entry<Edge, SourceGraph.EdgeInfo> entry : source.edges.entrySet()) {
      Edge edge = entry.getKey();
      if (bytecodeEdges.containsKey(edge)) {
        continue;
      }
      SourceGraph.EdgeInfo info = entry.getValue();
      Difference difference =
          new Difference(edge, extraKind(edge, info), info.site().location().file().getFileName() + ":" + info.site().location().line());
      if (isAnonymousCreation(edge, info)) {
        excluded.computeIfAbsent(Intended.ANONYMOUS_CREATION, k -> new ArrayList<>()).add(difference);
      } else {
        extra.add(difference);
      }
    }
    this.common = both;
  }

  static CrossCheck run(Corpus corpus) {
    return new CrossCheck(corpus);
  }

  /** Bytecode edges that count: found in both graphs, or only in the bytecode and not intended. */
  int bytecodeCounted() {
    return common + missed.size();
  }

  int sourceCounted() {
    return common + extra.size();
  }

  double recall() {
    return bytecodeCounted() == 0 ? 1 : (double) common / bytecodeCounted();
  }

  double precision() {
    return sourceCounted() == 0 ? 1 : (double) common / sourceCounted();
  }

  /** Follows edges through methods without a source body (bridges, accessors, ...). */
  private void expand(
      BytecodeGraph graph, String from, BytecodeGraph.Call first, BytecodeGraph.Call call, String via, Set<MethodRef> visited) {
    BodyMapping.Mapped target = mapping.of(call.target());
    if (target == null || target.status() == BodyMapping.Status.UNMAPPED) {
      return;
    }
    if (target.status() == BodyMapping.Status.MAPPED) {
      Edge edge = new Edge(from, target.signature());
      // Classified by the instruction that reaches the target, located at the caller's instruction;
      // a dispatch anywhere on the way (to a bridge, say) makes the edge a dispatch edge.
      BytecodeGraph.Dispatch dispatch =
          first.dispatch() != BytecodeGraph.Dispatch.RESOLVED ? first.dispatch() : call.dispatch();
      BytecodeGraph.Call located = new BytecodeGraph.Call(call.target(), call.declaration(), call.origin(), dispatch, first.line());
      if (bytecodeEdges.putIfAbsent(edge, located) == null && via != null) {
        bytecodeVia.put(edge, via);
      }
      return;
    }
    if (visited.add(call.target())) {
      for (BytecodeGraph.Call next : graph.calls.getOrDefault(call.target(), List.of())) {
        expand(graph, from, first, next, via != null ? via : target.reason(), visited);
      }
    }
  }

  private String missedKind(Edge edge, BytecodeGraph.Call call) {
    String kind =
        switch (call.origin()) {
          case LAMBDA -> "lambda creation";
          case METHOD_REFERENCE -> "method reference" + dispatchSuffix(call);
          case INVOKESTATIC -> "static call";
          case INVOKESPECIAL -> call.target().name().equals("<init>") ? "constructor call" : "private or super call";
          case INVOKEVIRTUAL, INVOKEINTERFACE -> "virtual call" + dispatchSuffix(call);
        };
    String via = bytecodeVia.get(edge);
    String prefix = source.bodies.containsKey(edge.from()) ? "" : "[caller has no source body] ";
    return prefix + kind + (via != null ? " via " + via : "");
  }

  private static String dispatchSuffix(BytecodeGraph.Call call) {
    return switch (call.dispatch()) {
      case RESOLVED -> " (resolved method)";
      case OVERRIDE -> " (dispatch to an override)";
      case INHERITED -> " (dispatch to an inherited implementation)";
    };
  }

  private String extraKind(Edge edge, SourceGraph.EdgeInfo info) {
    StringBuilder kind = new StringBuilder();
    if (!mappedSignatures.contains(edge.from()) || !mappedSignatures.contains(edge.to())) {
      kind.append("[body without class-file method] ");
    }
    kind.append(
        switch (info.site().kind()) {
          case CALL -> "call";
          case NEW -> "new";
          case NEW_ANONYMOUS -> "anonymous class creation";
          case LAMBDA -> "lambda creation";
          case METHOD_REF -> "method reference";
          case CONSTRUCTOR_CALL -> "this(...)/super(...)";
          case IMPLICIT_SUPER -> "implicit super()";
          case INSTANCE_INIT -> "instance initializers";
          case ENUM_CONSTANT -> "enum constant";
          case FOR_EACH -> "enhanced for";
          case TRY_RESOURCE -> "try-with-resources";
        });
    kind.append(info.dispatch() ? " (dispatch to an override)" : " (resolved method)");
    if (info.status() != Resolution.Status.PRECISE) {
      kind.append(" [").append(info.status().toString().toLowerCase()).append("]");
    }
    return kind.toString();
  }

  private boolean isAnonymousCreation(Edge edge, SourceGraph.EdgeInfo info) {
    Body target = source.bodies.get(edge.to());
    CallSite site = info.site();
    return site.kind() == CallSite.Kind.NEW_ANONYMOUS
        && target != null
        && target.kind() == Body.Kind.METHOD
        && target.type() == site.type();
  }

  private boolean isAnonymousDispatch(Edge edge, BytecodeGraph.Call call) {
    Body target = source.bodies.get(edge.to());
    return call.dispatch() != BytecodeGraph.Dispatch.RESOLVED
        && target != null
        && target.type().kind() == TypeInfo.Kind.ANONYMOUS;
  }
}
