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

  private Overriders(Map<String, List<Body>> bySignature) {
    this.bySignature = bySignature;
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
    return new Overriders(bySignature);
  }

  /**
   * The overrides a call may dispatch to besides its static target: none for a non-virtual
   * call; otherwise those declared in a subtype of the receiver's static type.
   */
  public List<Body> dispatchTargets(Target target) {
    if (!target.virtual()) {
      return List.of();
    }
    List<Body> all = bySignature.getOrDefault(target.signature(), List.of());
    if (target.receiverType() == null) {
      return all;
    }
    List<Body> reachable = new ArrayList<>(all.size());
    for (Body override : all) {
      if (override.type().isSubtypeOf(target.receiverType())) {
        reachable.add(override);
      }
    }
    return reachable;
  }
}
