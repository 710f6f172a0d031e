package dev.stackcheck.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The call graph of a generated program as the generator builds it, in the spec's terms (S1, S4):
 * bodies, ordinary and trampoline edges located at call sites, and the suppressions written in
 * the text. The reference model reads only this, never the engine's graph.
 */
final class RefGraph {
  enum Kind { METHOD, LAMBDA, ANONYMOUS_METHOD, STATIC_INIT }

  /** A body of S1. */
  static final class Body {
    final int id;
    final String name;
    /** For methods, the simple name that an unresolved call falls back to (engine docs: by name). */
    final String simpleName;
    final Kind kind;
    final boolean systemStack;
    /** {@code public static void main(String[])}. */
    final boolean main;
    /** Public method of a public top-level class (S5.3). */
    final boolean api;
    /** Overrides a method declared outside the program, such as {@code Runnable.run} (S5.3). */
    final boolean overridesExternal;

    Body(int id, String name, String simpleName, Kind kind, boolean systemStack, boolean main, boolean api, boolean overridesExternal) {
      this.id = id;
      this.name = name;
      this.simpleName = simpleName;
      this.kind = kind;
      this.systemStack = systemStack;
      this.main = main;
      this.api = api;
      this.overridesExternal = overridesExternal;
    }

    /** S5.4: a method written by the user, not a lambda, initializer or anonymous class method. */
    boolean namedCallable() {
      return kind == Kind.METHOD;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Where a call, creation or method reference is written. */
  record Site(String file, int line, int column, Body owner, AnnotationSuppression enclosing) {}

  /** An edge of S4. {@code dispatch}: only through an override (S4.2, S7.2). */
  record Edge(Body from, Body to, boolean trampoline, boolean dispatch, Site site) {}

  /** {@code @SuppressWarnings("SystemStack")} on a method, at the annotation's position. */
  record AnnotationSuppression(String file, int line, int column) {}

  /**
   * {@code // stackcheck:ignore [reason]} at the comment's position; {@code alone}: on a line of its
   * own, so about the next line.
   */
  record CommentSuppression(String file, int line, int column, boolean hasReason, boolean alone) {}

  final List<Body> bodies = new ArrayList<>();
  final List<Edge> edges = new ArrayList<>();
  final List<AnnotationSuppression> annotations = new ArrayList<>();
  final List<CommentSuppression> comments = new ArrayList<>();

  Body add(String name, String simpleName, Kind kind, boolean systemStack, boolean main, boolean api, boolean overridesExternal) {
    Body body = new Body(bodies.size(), name, simpleName, kind, systemStack, main, api, overridesExternal);
    bodies.add(body);
    return body;
  }

  void edge(Body from, Body to, boolean trampoline, boolean dispatch, Site site) {
    edges.add(new Edge(from, to, trampoline, dispatch, site));
  }
}
