package dev.stackcheck.index;

import com.github.javaparser.ast.Node;
import dev.stackcheck.api.Location;

/**
 * A place in a body where control may pass to another body (S4): a call, an object creation, a
 * lambda or anonymous class creation, a method reference, a constructor invocation (explicit or
 * implicit), or the run of instance initializers from a constructor. Resolution results are
 * attached by the resolution stage. Not thread-safe.
 */
public final class CallSite {
  /** The syntactic form of the site. */
  public enum Kind {
    /** {@code m(...)}, {@code x.m(...)}. */
    CALL,
    /** {@code new T(...)} of a named class. */
    NEW,
    /** {@code new T(...) { ... }}. */
    NEW_ANONYMOUS,
    /** A lambda expression: creates the deferred body {@link #deferred()}. */
    LAMBDA,
    /** {@code X::m} or {@code T::new}. */
    METHOD_REF,
    /** {@code this(...)} or {@code super(...)}. */
    CONSTRUCTOR_CALL,
    /** The implicit {@code super()} of a constructor without an explicit invocation. */
    IMPLICIT_SUPER,
    /** A constructor running its class's instance initializers. */
    INSTANCE_INIT,
    /** An enum constant: the static initializer calls the enum's constructor. */
    ENUM_CONSTANT,
    /** {@code for (T x : iterable)}: calls {@code iterator()}, {@code hasNext()} and {@code next()}. */
    FOR_EACH,
    /** A resource of a {@code try}-with-resources statement: its {@code close()} is called. */
    TRY_RESOURCE
  }

  private final Kind kind;
  private final Node node;
  private final Location location;
  private final Body owner;
  private final Body deferred;
  private final TypeInfo type;
  private Resolution resolution;

  CallSite(Kind kind, Node node, Location location, Body owner, Body deferred, TypeInfo type) {
    this.kind = kind;
    this.node = node;
    this.location = location;
    this.owner = owner;
    this.deferred = deferred;
    this.type = type;
  }

  public Kind kind() {
    return kind;
  }

  /** The expression or statement; for implicit sites, the constructor or type declaration. */
  public Node node() {
    return node;
  }

  /** Where a violation at this site is reported. */
  public Location location() {
    return location;
  }

  /** The body that contains the site. */
  public Body owner() {
    return owner;
  }

  /** For {@link Kind#LAMBDA}, the lambda's body; otherwise null. */
  public Body deferred() {
    return deferred;
  }

  /**
   * The type the site is about: the anonymous class ({@link Kind#NEW_ANONYMOUS}), the enum
   * constant's body type if any ({@link Kind#ENUM_CONSTANT}), the constructor's own type
   * ({@link Kind#IMPLICIT_SUPER}, {@link Kind#INSTANCE_INIT}); otherwise null.
   */
  public TypeInfo type() {
    return type;
  }

  public Resolution resolution() {
    return resolution;
  }

  public void resolution(Resolution resolution) {
    this.resolution = resolution;
  }

  @Override
  public String toString() {
    return kind + "@" + location.line() + ":" + location.column() + " in " + owner;
  }
}
