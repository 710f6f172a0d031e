package dev.stackcheck.resolve;

import dev.stackcheck.index.Body;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.Resolution.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Class hierarchy analysis (S4.2): for a method signature, the methods of the sources that
 * override or implement it, and among them those a virtual call may reach given the static type
 * of its receiver. Built from the overrides the hierarchy stage found. Immutable; thread-safe.
 */
public final class Overriders {
  private final Map<String, List<Body>> bySignature;
  private final InheritedImplementations inherited;

  private Overriders(Map<String, List<Body>> bySignature, InheritedImplementations inherited) {
    this.bySignature = bySignature;
    this.inherited = inherited;
  }

  public static Overriders of(List<FileIndex> files) {
    Map<String, List<Body>> bySignature = new HashMap<>();
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        for (String overridden : body.overrides()) {
          bySignature.computeIfAbsent(overridden, s -> new ArrayList<>()).add(body);
        }
      }
    }
    return new Overriders(bySignature, new InheritedImplementations(files));
  }

  /**
   * The bodies a call may dispatch to besides its static target: none for a non-virtual call;
   * otherwise the overrides declared in named subtypes of the receiver's static type, and the
   * implementations such subtypes inherit from superclasses outside them. Methods of anonymous
   * classes are deferred bodies, reached from their creator like lambdas (S4.5, S4.8), never by
   * dispatch.
   */
  public List<Body> dispatchTargets(Target target) {
    if (!target.virtual()) {
      return List.of();
    }
    List<Body> reachable = new ArrayList<>();
    for (Body override : bySignature.getOrDefault(target.signature(), List.of())) {
      if (!override.deferred()
          && (target.receiverType() == null || override.type().isSubtypeOf(target.receiverType()))) {
        reachable.add(override);
      }
    }
    if (target.receiverType() != null) {
      reachable.addAll(inherited.of(target.signature(), target.receiverType()));
    }
    return reachable;
  }
}
