package dev.stackcheck.incremental;

import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.index.TypeInfo;
import dev.stackcheck.resolve.Overriders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which bodies of the unchanged files may link differently after some files were replaced. A
 * body's edges ({@link dev.stackcheck.graph.GraphBuilder#links}) depend, besides its own
 * resolutions, on three things the replaced files may change:
 *
 * <ul>
 *   <li>whether a target's signature is a body of the sources;
 *   <li>for a virtual call, the bodies overriding its target, each with its type's ancestors and
 *       whether it is deferred;
 *   <li>for a virtual call with a receiver type R, the implementations that concrete subtypes of R
 *       inherit from superclasses outside R: they depend on the concrete subtypes of R and on
 *       the methods their superclasses declare.
 * </ul>
 *
 * The first two are compared as {@link #linkFacts} per signature; for the third, every type of
 * the replaced files is compared before and after: if its kind, concreteness or ancestors
 * differ, calls on every receiver type that is an ancestor of it or of one of its subtypes may
 * link differently; if only the methods of some name it declares differ, calls of that name on
 * those receiver types may. Not thread-safe.
 */
final class LinkChanges {
  private final Set<String> signatures;
  /** Receiver types whose virtual calls may link differently, each with the method names (null: all). */
  private final Map<String, Set<String>> receivers;

  private LinkChanges(Set<String> signatures, Map<String, Set<String>> receivers) {
    this.signatures = signatures;
    this.receivers = receivers;
  }

  /** What differs between the earlier and the new indexes of the replaced files; {@code index} is still the earlier one. */
  static LinkChanges between(List<FileIndex> before, List<FileIndex> after, Index index) {
    Set<String> signatures = changed(linkFacts(before), linkFacts(after));
    Map<String, TypeFacts> typesBefore = typeFacts(before);
    Map<String, TypeFacts> typesAfter = typeFacts(after);
    Set<String> names = new HashSet<>(typesBefore.keySet());
    names.addAll(typesAfter.keySet());
    Map<String, Set<String>> receivers = new HashMap<>();
    for (String name : names) {
      TypeFacts was = typesBefore.get(name);
      TypeFacts now = typesAfter.get(name);
      if (Objects.equals(was, now)) {
        continue;
      }
      Set<String> methods = null;
      if (was != null && now != null && was.shape().equals(now.shape())) {
        methods = changed(was.methods(), now.methods());
      }
      Set<String> types = new HashSet<>();
      for (TypeFacts facts : new TypeFacts[] {was, now}) {
        if (facts != null) {
          types.addAll(facts.ancestors());
        }
      }
      for (TypeInfo subtype : index.subtypesOf(name)) {
        types.addAll(subtype.ancestors());
      }
      for (String type : types) {
        if (methods == null) {
          receivers.put(type, null);
        } else if (!receivers.containsKey(type) || receivers.get(type) != null) {
          receivers.computeIfAbsent(type, k -> new HashSet<>()).addAll(methods);
        }
      }
    }
    for (String ancestor : changed(subclassOrder(before), subclassOrder(after))) {
      receivers.put(ancestor, null);
    }
    return new LinkChanges(signatures, receivers);
  }

  /** The bodies, among those {@code index} holds now, whose edges may have changed. */
  Set<Body> affectedBodies(Index index) {
    Set<Body> affected = identitySet();
    for (String signature : signatures) {
      affected.addAll(index.namedBy.getOrDefault(signature, Set.of()));
    }
    receivers.forEach((receiver, methods) -> {
      for (Body body : index.byReceiver.getOrDefault(receiver, Set.of())) {
        if (methods == null || callsAny(body, receiver, methods)) {
          affected.add(body);
        }
      }
    });
    return affected;
  }

  private static boolean callsAny(Body body, String receiver, Set<String> methods) {
    for (CallSite site : body.sites()) {
      Resolution resolution = site.resolution();
      if (resolution != null) {
        for (Resolution.Target target : resolution.targets()) {
          if (target.virtual() && receiver.equals(target.receiverType()) && methods.contains(methodName(target.signature()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static <T> Set<T> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /** {@code m} of {@code pkg.A.m(int)}. */
  private static String methodName(String signature) {
    int open = signature.indexOf('(');
    if (open < 0) {
      return signature;
    }
    return signature.substring(signature.lastIndexOf('.', open) + 1, open);
  }

  /**
   * What the linker looks at in a set of files, per signature: that a body has it, and for every
   * method it overrides, the overriding bodies in order, each with its type's ancestors and
   * whether it is deferred.
   */
  static Map<String, String> linkFacts(List<FileIndex> files) {
    Map<String, StringBuilder> facts = new HashMap<>();
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        facts.computeIfAbsent(body.signature(), k -> new StringBuilder()).append("body\n");
        for (String overridden : body.overrides()) {
          TypeInfo type = body.type();
          facts.computeIfAbsent(overridden, k -> new StringBuilder())
              .append(body.signature()).append(' ').append(body.deferred()).append(' ').append(type.name())
              .append(' ').append(type.ancestors()).append('\n');
        }
      }
    }
    Map<String, String> result = new HashMap<>();
    facts.forEach((key, value) -> result.put(key, value.toString()));
    return result;
  }

  /** For each ancestor, the concrete classes having it, in order: the order of inherited implementations. */
  private static Map<String, String> subclassOrder(List<FileIndex> files) {
    Map<String, StringBuilder> order = new HashMap<>();
    for (FileIndex file : files) {
      for (TypeInfo type : file.types()) {
        if (Overriders.isConcreteClass(type)) {
          for (String ancestor : type.ancestors()) {
            order.computeIfAbsent(ancestor, k -> new StringBuilder()).append(type.name()).append('\n');
          }
        }
      }
    }
    Map<String, String> result = new HashMap<>();
    order.forEach((key, value) -> result.put(key, value.toString()));
    return result;
  }

  /** The keys whose values differ between two maps, a key missing from one included. */
  private static Set<String> changed(Map<String, String> before, Map<String, String> after) {
    Set<String> changed = new HashSet<>();
    before.forEach((key, value) -> {
      if (!value.equals(after.get(key))) {
        changed.add(key);
      }
    });
    for (String key : after.keySet()) {
      if (!before.containsKey(key)) {
        changed.add(key);
      }
    }
    return changed;
  }

  /**
   * What inherited implementations depend on in one type: its shape (kind, concreteness,
   * ancestors in order) and, per method name, the methods it declares (signature, parameter
   * types, modifiers that rule an implementation out).
   */
  private record TypeFacts(String shape, List<String> ancestors, Map<String, String> methods) {}

  private static Map<String, TypeFacts> typeFacts(List<FileIndex> files) {
    Map<String, TypeFacts> facts = new HashMap<>();
    for (FileIndex file : files) {
      for (TypeInfo type : file.types()) {
        boolean concrete = Overriders.isConcreteClass(type);
        List<String> ancestors = List.copyOf(type.ancestors());
        Map<String, String> methods = new HashMap<>();
        for (Body body : type.bodies()) {
          if (body.kind() == Body.Kind.METHOD) {
            methods.merge(body.name(),
                body.signature() + " " + body.parameterTypes() + " " + body.isStatic() + body.isPrivate() + body.isAbstract(),
                (a, b) -> a + "\n" + b);
          }
        }
        // Two types of one name (in different files) compare as one, which only widens what is relinked.
        facts.merge(type.name(), new TypeFacts(type.kind() + " " + concrete + " " + ancestors, ancestors, methods),
            (a, b) -> new TypeFacts(a.shape() + "|" + b.shape(), a.ancestors(), a.methods()));
      }
    }
    return facts;
  }

  /**
   * What {@link LinkChanges} looks up in the linked bodies and types: the bodies naming each
   * signature as a target, the bodies with a virtual call on each receiver type, and the types
   * having each ancestor.
   */
  static final class Index {
    private final Map<String, Set<Body>> namedBy = new HashMap<>();
    private final Map<String, Set<Body>> byReceiver = new HashMap<>();
    private final Map<String, Set<TypeInfo>> subtypes = new HashMap<>();

    void clear() {
      namedBy.clear();
      byReceiver.clear();
      subtypes.clear();
    }

    Set<TypeInfo> subtypesOf(String type) {
      return subtypes.getOrDefault(type, Set.of());
    }

    void add(Body body) {
      for (Resolution.Target target : targets(body)) {
        namedBy.computeIfAbsent(target.signature(), k -> identitySet()).add(body);
        if (target.virtual() && target.receiverType() != null) {
          byReceiver.computeIfAbsent(target.receiverType(), k -> identitySet()).add(body);
        }
      }
    }

    void remove(Body body) {
      for (Resolution.Target target : targets(body)) {
        removeFrom(namedBy, target.signature(), body);
        if (target.virtual() && target.receiverType() != null) {
          removeFrom(byReceiver, target.receiverType(), body);
        }
      }
    }

    void add(FileIndex file) {
      for (TypeInfo type : file.types()) {
        for (String ancestor : type.ancestors()) {
          subtypes.computeIfAbsent(ancestor, k -> identitySet()).add(type);
        }
      }
    }

    void remove(FileIndex file) {
      for (TypeInfo type : file.types()) {
        for (String ancestor : type.ancestors()) {
          removeFrom(subtypes, ancestor, type);
        }
      }
    }

    private static List<Resolution.Target> targets(Body body) {
      List<Resolution.Target> targets = new ArrayList<>();
      for (CallSite site : body.sites()) {
        if (site.resolution() != null) {
          targets.addAll(site.resolution().targets());
        }
      }
      return targets;
    }

    private static <T> void removeFrom(Map<String, Set<T>> map, String key, T value) {
      Set<T> values = map.get(key);
      if (values != null && values.remove(value) && values.isEmpty()) {
        map.remove(key);
      }
    }
  }
}
