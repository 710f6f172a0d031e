package dev.stackcheck.index;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognizes stackcheck's annotations in one compilation unit by their qualified name (S3), from
 * the way they are written and imported, so that no jar is needed on the classpath. An unrelated
 * annotation with the same simple name does not count. Immutable.
 */
public final class AnnotationNames {
  public static final String PACKAGE = "dev.stackcheck.annotations";
  public static final String SYSTEM_STACK = PACKAGE + ".SystemStack";
  public static final String TRAMPOLINE = PACKAGE + ".Trampoline";

  private final boolean systemStackBySimpleName;
  private final boolean trampolineBySimpleName;

  public AnnotationNames(CompilationUnit unit) {
    this.systemStackBySimpleName = simpleNameRefersTo(unit, "SystemStack");
    this.trampolineBySimpleName = simpleNameRefersTo(unit, "Trampoline");
  }

  private static boolean simpleNameRefersTo(CompilationUnit unit, String simpleName) {
    String inPackage = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    boolean declaredHere =
        unit.getTypes().stream().anyMatch(t -> t.getNameAsString().equals(simpleName));
    if (declaredHere) {
      return inPackage.equals(PACKAGE);
    }
    boolean onDemand = inPackage.equals(PACKAGE);
    for (ImportDeclaration imported : unit.getImports()) {
      if (imported.isStatic()) {
        continue;
      }
      String name = imported.getNameAsString();
      if (imported.isAsterisk()) {
        onDemand |= name.equals(PACKAGE);
      } else if (name.equals(PACKAGE + "." + simpleName)) {
        return true;
      } else if (name.endsWith("." + simpleName)) {
        return false; // a single-type import of another type with this name wins
      }
    }
    return onDemand;
  }

  public boolean isSystemStack(AnnotationExpr annotation) {
    String name = annotation.getNameAsString();
    return name.equals(SYSTEM_STACK) || (systemStackBySimpleName && name.equals("SystemStack"));
  }

  public boolean isTrampoline(AnnotationExpr annotation) {
    String name = annotation.getNameAsString();
    return name.equals(TRAMPOLINE) || (trampolineBySimpleName && name.equals("Trampoline"));
  }

  public boolean hasSystemStack(NodeWithAnnotations<?> node) {
    return node.getAnnotations().stream().anyMatch(this::isSystemStack);
  }

  public boolean hasTrampoline(NodeWithAnnotations<?> node) {
    return node.getAnnotations().stream().anyMatch(this::isTrampoline);
  }

  /** The strings of every {@code @SuppressWarnings} on the node. */
  public static List<String> suppressedWarnings(NodeWithAnnotations<?> node) {
    List<String> values = new ArrayList<>();
    for (AnnotationExpr annotation : node.getAnnotations()) {
      values.addAll(suppressedWarnings(annotation));
    }
    return values;
  }

  /** The strings of one annotation if it is {@code @SuppressWarnings}; otherwise none. */
  public static List<String> suppressedWarnings(AnnotationExpr annotation) {
    List<String> values = new ArrayList<>();
    String name = annotation.getNameAsString();
    if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
      return values;
    }
    if (annotation instanceof SingleMemberAnnotationExpr single) {
      collectStrings(single.getMemberValue(), values);
    } else if (annotation instanceof NormalAnnotationExpr normal) {
      for (MemberValuePair pair : normal.getPairs()) {
        if (pair.getNameAsString().equals("value")) {
          collectStrings(pair.getValue(), values);
        }
      }
    }
    return values;
  }

  private static void collectStrings(Expression value, List<String> into) {
    if (value instanceof StringLiteralExpr literal) {
      into.add(literal.getValue());
    } else if (value instanceof ArrayInitializerExpr array) {
      for (Expression element : array.getValues()) {
        collectStrings(element, into);
      }
    }
  }
}
