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
 * incoming edges all lie among them. So contexts and violations are computed over the graph of
 * that backward slice alone (its nodes keep their relative order), found from the resolutions:
 * by direct target, and by the methods an override overrides when the call is virtual and its
 * receiver type admits the override, as {@link dev.stackcheck.graph.GraphBuilder} links them (any
 * slice that contains the real one gives the same results). The statistics still count every
 * edge: each body's count is kept from the last time it was linked, and it is linked again when
 * its file was resolved again or when a signature it targets, or the overrides of a method it
 * calls virtually, changed. Not thread-safe.
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
   * What to link after an update.
   *
   * @param slice the bodies that may reach {@code @SystemStack} code: contexts and violations are
   *     computed over the graph of these alone
   * @param dirty the bodies whose edge count is unknown (new, or resolved again) or may have
   *     changed (they target a changed signature): they are linked once more to count their edges
   */
  public record Link(Set<Body> slice, Set<Body> dirty) {}

  /** Finds the backward slice of {@code @SystemStack} code and the bodies whose edge counts are stale. */
  public Link toLink(List<FileIndex> files, Set<String> changedTargets, ClasspathAnnotations classpath) {
    Map<String, List<Caller>> targeting = new HashMap<>();
    Set<Body> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Body> reached = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Body> work = new ArrayDeque<>();
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        if (!edgeCounts.containsKey(body)) {
          dirty.add(body);
        }
        if (body.systemStack()) {
          reachedFrom(body, reached, work);
        }
        for (CallSite site : body.sites()) {
          Resolution resolution = site.resolution();
          if (resolution == null) {
            continue;
          }
          for (Resolution.Target target : resolution.targets()) {
            targeting.computeIfAbsent(target.signature(), k -> new ArrayList<>()).add(new Caller(body, target));
            if (changedTargets.contains(target.signature())) {
              dirty.add(body);
            }
            if (classpath.isSystemStack(target.signature())) {
              reachedFrom(body, reached, work);
            }
          }
        }
      }
    }
    while (!work.isEmpty()) {
      Body body = work.poll();
      for (Caller caller : targeting.getOrDefault(body.signature(), List.of())) {
        reachedFrom(caller.body(), reached, work);
      }
      for (String overridden : body.overrides()) {
        for (Caller caller : targeting.getOrDefault(overridden, List.of())) {
          // A virtual call dispatches to an override in a subtype of its receiver's type (S4.2).
          String receiver = caller.target().receiverType();
          if (caller.target().virtual() && (receiver == null || body.type().isSubtypeOf(receiver))) {
            reachedFrom(caller.body(), reached, work);
          }
        }
      }
    }
    return new Link(reached, dirty);
  }

  /** A call site's body and one of its targets. */
  private record Caller(Body body, Resolution.Target target) {}

  private static void reachedFrom(Body caller, Set<Body> reached, Deque<Body> work) {
    if (reached.add(caller)) {
      work.add(caller);
    }
  }

  private static void reach(Body body, Set<Body> link, Deque<Body> work) {
    link.add(body);
    work.add(body);
  }

  /**
   * Records the edge counts of the {@code dirty} bodies, linked in {@code counting} (a graph with
   * every node), and returns the edge count of the full graph.
   */
  public int edgeCount(CallGraph counting, List<FileIndex> files, Set<Body> dirty) {
    Map<Body, Integer> counts = new IdentityHashMap<>();
    for (CallGraph.Node node : counting.nodes()) {
      if (node.body() != null && dirty.contains(node.body())) {
        counts.put(node.body(), counting.outgoing(node.id()).size());
      }
    }
    int total = 0;
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        Integer count = counts.get(body);
        if (count == null) {
          count = dirty.contains(body) ? 0 : edgeCounts.get(body);
          counts.put(body, count);
        }
        total += count;
      }
    }
    edgeCounts = counts;
    return total;
  }
}
