package dev.stackcheck.incremental;

import dev.stackcheck.graph.CallGraph;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.index.TypeInfo;
import dev.stackcheck.resolve.ClasspathAnnotations;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lets a workspace link only the part of the call graph that can matter after an edit.
 *
 * <p>Violations, witness paths and roots of every body that may reach {@code @SystemStack} code
 * depend only on edges between such bodies: whatever calls one of them may reach {@code
 * @SystemStack} code too, so a shortest path to it, its strongly connected component and its
 * incoming edges all lie among them. So the graph is linked with every node (the ids and the node
 * count stay those of the full graph) but only the edges leaving that backward slice, found from
 * the resolutions (by direct target and by the methods an override overrides, a superset of the
 * real edges). The statistics still count every edge: the count of each other body is kept from
 * the last time it was linked, and linked again when its file was resolved again or when a
 * signature it targets, or the overrides of a method it calls virtually, changed. Not thread-safe.
 */
public final class GraphCache {
  private Map<Body, Integer> edgeCounts = new IdentityHashMap<>();

  /** Forgets every count (after every file was resolved again). */
  public void clear() {
    edgeCounts = new IdentityHashMap<>();
  }

  /**
   * What the linker looks at in a set of files: every body's signature, and for every method it
   * overrides, the overriding body with its type's ancestors. Taken before and after an update
   * of those files to find the targets whose edges may have changed.
   */
  public static Map<String, String> linkFacts(List<FileIndex> files) {
    Map<String, List<String>> facts = new TreeMap<>();
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        facts.computeIfAbsent(body.signature(), k -> new ArrayList<>()).add("body");
        for (String overridden : body.overrides()) {
          TypeInfo type = body.type();
          facts.computeIfAbsent(overridden, k -> new ArrayList<>())
              .add(body.signature() + " " + body.deferred() + " " + type.name() + " " + type.ancestors());
        }
      }
    }
    Map<String, String> result = new HashMap<>();
    facts.forEach((key, values) -> {
      Collections.sort(values);
      result.put(key, String.join("\n", values));
    });
    return result;
  }

  /** The signatures whose incoming edges may differ between two {@link #linkFacts}. */
  public static Set<String> changedTargets(Map<String, String> before, Map<String, String> after) {
    Set<String> changed = new TreeSet<>();
    before.forEach((key, value) -> {
      if (!value.equals(after.get(key))) {
        changed.add(key);
      }
    });
    after.keySet().stream().filter(key -> !before.containsKey(key)).forEach(changed::add);
    return changed;
  }

  /**
   * The bodies to link: those that may reach {@code @SystemStack} code, those without a known
   * edge count (new or resolved again), and those targeting a changed signature.
   */
  public Set<Body> toLink(List<FileIndex> files, Set<String> changedTargets, ClasspathAnnotations classpath) {
    Map<String, List<Body>> targeting = new HashMap<>();
    Set<Body> link = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Body> work = new ArrayDeque<>();
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        if (!edgeCounts.containsKey(body)) {
          link.add(body);
        }
        if (body.systemStack()) {
          reach(body, link, work);
        }
        for (CallSite site : body.sites()) {
          Resolution resolution = site.resolution();
          if (resolution == null) {
            continue;
          }
          for (Resolution.Target target : resolution.targets()) {
            targeting.computeIfAbsent(target.signature(), k -> new ArrayList<>()).add(body);
            if (changedTargets.contains(target.signature())) {
              link.add(body);
            }
            if (classpath.isSystemStack(target.signature())) {
              reach(body, link, work);
            }
          }
        }
      }
    }
    Set<Body> reached = Collections.newSetFromMap(new IdentityHashMap<>());
    reached.addAll(work);
    while (!work.isEmpty()) {
      Body body = work.poll();
      List<String> keys = new ArrayList<>(body.overrides());
      keys.add(body.signature());
      for (String key : keys) {
        for (Body caller : targeting.getOrDefault(key, List.of())) {
          if (reached.add(caller)) {
            link.add(caller);
            work.add(caller);
          }
        }
      }
    }
    return link;
  }

  private static void reach(Body body, Set<Body> link, Deque<Body> work) {
    link.add(body);
    work.add(body);
  }

  /**
   * Records the edge counts of the linked bodies and returns the edge count of the full graph.
   */
  public int edgeCount(CallGraph graph, List<FileIndex> files, Set<Body> linked) {
    Map<Body, Integer> counts = new IdentityHashMap<>();
    for (CallGraph.Node node : graph.nodes()) {
      if (node.body() != null && linked.contains(node.body())) {
        counts.put(node.body(), graph.outgoing(node.id()).size());
      }
    }
    int total = 0;
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        Integer count = counts.get(body);
        if (count == null) {
          count = linked.contains(body) ? 0 : edgeCounts.get(body);
          counts.put(body, count);
        }
        total += count;
      }
    }
    edgeCounts = counts;
    return total;
  }
}
