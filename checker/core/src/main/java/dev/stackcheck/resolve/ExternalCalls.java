package dev.stackcheck.resolve;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.stackcheck.index.CallSite;
import java.util.HashSet;
import java.util.Set;

/**
 * Recognizes, by name alone, call sites that can only reach code outside the analysis and can
 * never lead back into it: a call is connected to a body of the sources only through a method of
 * the same name (its declaration or an override), and to a compiled {@code @SystemStack} method or a
 * trampoline only by that method's name. When no such name matches, the symbol solver is not asked:
 * the answer "no edge" is exact. Immutable.
 */
final class ExternalCalls {
  private final Set<String> methodNames = new HashSet<>();
  private final Set<String> typeNames = new HashSet<>();

  ExternalCalls(SymbolIndex symbols, ClasspathAnnotations classpath, Set<String> trampolineNames) {
    methodNames.addAll(symbols.methodNames());
    methodNames.addAll(classpath.systemStackMethodNames());
    methodNames.addAll(trampolineNames);
    typeNames.addAll(symbols.typeSimpleNames());
    typeNames.addAll(classpath.systemStackConstructorTypes());
    typeNames.addAll(trampolineNames);
  }

  /** True if the site provably has no edge: it names nothing the analysis knows. */
  boolean onlyExternal(CallSite site) {
    return switch (site.kind()) {
      case CALL -> !methodNames.contains(((MethodCallExpr) site.node()).getNameAsString());
      case NEW -> !typeNames.contains(((ObjectCreationExpr) site.node()).getType().getNameAsString());
      case METHOD_REF -> {
        MethodReferenceExpr reference = (MethodReferenceExpr) site.node();
        if (!reference.getIdentifier().equals("new")) {
          yield !methodNames.contains(reference.getIdentifier());
        }
        yield reference.getScope() instanceof TypeExpr type
            && type.getType() instanceof ClassOrInterfaceType named
            && !typeNames.contains(named.getNameAsString());
      }
      default -> false;
    };
  }

  /** For an anonymous class: true if its superclass constructor cannot be code the analysis knows. */
  boolean externalSupertype(ObjectCreationExpr creation) {
    return !typeNames.contains(creation.getType().getNameAsString());
  }
}
