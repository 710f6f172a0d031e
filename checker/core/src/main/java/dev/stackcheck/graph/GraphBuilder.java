package dev.stackcheck.graph;

import dev.stackcheck.graph.CallGraph.Edge;
import dev.stackcheck.graph.CallGraph.Node;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.index.Resolution.Target;
import dev.stackcheck.resolve.ClasspathAnnotations;
import dev.stackcheck.resolve.Overriders;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Assembles the {@link CallGraph} from resolved files: links targets by signature, expands virtual
 * calls to every override in a named subtype of the receiver's static type and to the
 * implementations such subtypes inherit from elsewhere (class hierarchy analysis, S4.2; anonymous
 * classes are reached from their creator instead, S4.8), and adds nodes for compiled
 * {@code @SystemStack} methods. Cheap: no symbol resolution.
 */
public final class GraphBuilder {
  private final List<Node> nodes = new ArrayList<>();
  private final List<List<Edge>> outgoing = new ArrayList<>();
  private final Map<String, Integer> bySignature = new HashMap<>();
  private final ClasspathAnnotations classpath;
  private final Overriders overriders;

  private GraphBuilder(List<FileIndex> files, ClasspathAnnotations classpath) {
    this.classpath = classpath;
    this.overriders = Overriders.of(files);
  }

  public static CallGraph build(List<FileIndex> files, ClasspathAnnotations classpath) {
    return build(files, classpath, body -> true, body -> true);
  }

  /**
   * Part of the graph, for an incremental caller: the nodes of the bodies {@code include} accepts
   * (and the compiled nodes they reach), and the outgoing edges of those {@code connect} accepts,
   * to included nodes only. Nodes keep the relative order of the full graph.
   */
  public static CallGraph build(
      List<FileIndex> files, ClasspathAnnotations classpath, Predicate<Body> include, Predicate<Body> connect) {
    GraphBuilder builder = new GraphBuilder(files, classpath);
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        if (include.test(body)) {
          builder.add(body);
        }
      }
    }
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        if (include.test(body) && connect.test(body)) {
          builder.connect(body);
        }
      }
    }
    return new CallGraph(builder.nodes, builder.outgoing);
  }

  private void add(Body body) {
    int id = nodes.size();
    nodes.add(new Node(id, body.signature(), body, body.systemStack()));
    outgoing.add(new ArrayList<>());
    bySignature.putIfAbsent(body.signature(), id);
  }

  private Integer node(String signature) {
    Integer id = bySignature.get(signature);
    if (id == null && classpath.isSystemStack(signature)) {
      id = nodes.size();
      nodes.add(new Node(id, signature, null, true));
      outgoing.add(new ArrayList<>());
      bySignature.put(signature, id);
    }
    return id;
  }

  private void connect(Body body) {
    int from = bySignature.get(body.signature());
    List<Edge> edges = outgoing.get(from);
    Set<List<Object>> seen = new HashSet<>();
    for (CallSite site : body.sites()) {
      Resolution resolution = site.resolution();
      if (resolution == null) {
        continue;
      }
      for (Target target : resolution.targets()) {
        Integer to = node(target.signature());
        if (to != null && seen.add(List.of(to, target.trampoline(), site))) {
          edges.add(new Edge(from, to, target.trampoline(), false, site));
        }
        for (Body override : overriders.dispatchTargets(target)) {
          Integer overrideId = bySignature.get(override.signature());
          if (overrideId != null && seen.add(List.of(overrideId, target.trampoline(), site))) {
            edges.add(new Edge(from, overrideId, target.trampoline(), true, site));
          }
        }
      }
    }
  }
}
