package dev.stackcheck.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.stackcheck.api.Rule;
import dev.stackcheck.index.AnnotationNames;

/**
 * S7.5: {@code @SuppressWarnings("SystemStack")} (or {@code "stackcheck"}) on a declaration
 * around a violation's location hides it. Lambdas and nested classes are inside their enclosing
 * declarations' textual scope, so the walk simply goes up the tree. Stateless.
 */
public final class Suppressions {
  /** Suppresses every stackcheck rule. */
  public static final String ALL = "stackcheck";

  private Suppressions() {}

  public static boolean suppressed(Node node, Rule rule) {
    for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
      if (current instanceof NodeWithAnnotations<?> annotated) {
        for (String value : AnnotationNames.suppressedWarnings(annotated)) {
          if (value.equals(rule.id()) || value.equals(ALL)) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
