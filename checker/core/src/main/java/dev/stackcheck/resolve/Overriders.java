package dev.stackcheck.resolve;

import dev.stackcheck.index.Body;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.Resolution.Target;
import dev.stackcheck.index.TypeInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Class hierarchy analysis (S4.2): for a method signature, the methods of the sources that
 * override or implement it, and among them those a virtual call may reach given the static type
 * of its receiver. Built from the overrides the hierarchy stage found; a workspace keeps one and
 * replaces files in it ({@link #update}). Not thread-safe (its answers are cached).
 */
public final class Overriders {
  private final ByFile<Body> bySignature = new ByFile<>();
  private final InheritedImplementations inherited = new InheritedImplementations();

  private Overriders() {}

  public static Overriders of(List<FileIndex> files) {
    Overriders overriders = new Overriders();
    overriders.update(List.of(), files);
    return overriders;
  }

  /**
   * Replaces files: {@code before} are earlier versions of files replaced or deleted, {@code
   * after} the files replaced or added. The answers are then those of {@link #of} over the files
   * held now.
   */
  public void update(List<FileIndex> before, List<FileIndex> after) {
    for (FileIndex file : before) {
      for (Body body : file.bodies()) {
        for (String overridden : body.overrides()) {
          bySignature.remove(overridden, body);
        }
      }
    }
    for (FileIndex file : after) {
      for (Body body : file.bodies()) {
        for (String overridden : body.overrides()) {
          bySignature.add(overridden, file.path(), body);
        }
      }
    }
    inherited.update(before, after);
  }

  /** Whether objects of a type may exist: a class, not abstract (only those inherit implementations). */
  public static boolean isConcreteClass(TypeInfo type) {
    return InheritedImplementations.isConcreteClass(type);
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
    for (Body override : bySignature.get(target.signature())) {
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
