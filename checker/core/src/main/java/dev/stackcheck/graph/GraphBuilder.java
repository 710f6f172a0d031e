package dev.stackcheck.graph;

import dev.stackcheck.graph.CallGraph.Edge;
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
 *
 * <p>A body's edges are first found as {@link Link}s, named by their target's signature, so that
 * an incremental caller can keep them per body and assemble the graph of part of the program
 * from them with a {@link CallGraph.Builder}.
 */
public final class GraphBuilder {
  /**
   * An edge before nodes are numbered.
   *
   * @param target the signature of the body (or compiled {@code @SystemStack} method) it runs
   * @param trampoline, dispatch, site as in {@link Edge}
   */
  public record Link(String target, boolean trampoline, boolean dispatch, CallSite site) {}

  private final CallGraph.Builder graph = new CallGraph.Builder();
  private final Map<String, Integer> bySignature = new HashMap<>();
  private final ClasspathAnnotations classpath;

  private GraphBuilder(ClasspathAnnotations classpath) {
    this.classpath = classpath;
  }

  public static CallGraph build(List<FileIndex> files, ClasspathAnnotations classpath) {
    Overriders overriders = Overriders.of(files);
    GraphBuilder builder = new GraphBuilder(classpath);
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        builder.bySignature.putIfAbsent(body.signature(), builder.graph.addNode(body.signature(), body, body.systemStack()));
      }
    }
    Predicate<String> linkable = signature -> builder.bySignature.containsKey(signature) || classpath.isSystemStack(signature);
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        builder.connect(body, links(body, overriders, linkable));
      }
    }
    return builder.graph.build();
  }

  /**
   * The edges of one body, in the order of its call sites and their targets, each direct target
   * before the overrides it may dispatch to, once per target, kind and site.
   *
   * @param linkable whether a signature names a node: a body of the sources or a compiled
   *     {@code @SystemStack} method
   */
  public static List<Link> links(Body body, Overriders overriders, Predicate<String> linkable) {
    List<Link> links = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    for (CallSite site : body.sites()) {
      Resolution resolution = site.resolution();
      if (resolution == null) {
        continue;
      }
      for (Target target : resolution.targets()) {
        if (linkable.test(target.signature()) && seen.add(List.of(target.signature(), target.trampoline(), site))) {
          links.add(new Link(target.signature(), target.trampoline(), false, site));
        }
        for (Body override : overriders.dispatchTargets(target)) {
          if (linkable.test(override.signature()) && seen.add(List.of(override.signature(), target.trampoline(), site))) {
            links.add(new Link(override.signature(), target.trampoline(), true, site));
          }
        }
      }
    }
    return links;
  }

  private Integer node(String signature) {
    Integer id = bySignature.get(signature);
    if (id == null && classpath.isSystemStack(signature)) {
      id = graph.addNode(signature, null, true);
      bySignature.put(signature, id);
    }
    return id;
  }

  private void connect(Body body, List<Link> links) {
    int from = bySignature.get(body.signature());
    for (Link link : links) {
      Integer to = link.dispatch() ? bySignature.get(link.target()) : node(link.target());
      if (to != null) {
        graph.addEdge(from, to, link.trampoline(), link.dispatch(), link.site());
      }
    }
  }
}
