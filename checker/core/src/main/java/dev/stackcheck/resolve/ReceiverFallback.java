package dev.stackcheck.resolve;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.resolution.MethodUsage;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.index.Resolution.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a call or method reference may reach when the symbol solver cannot pick the method but the
 * receiver's type is known: that type's methods (inherited ones included) with the name and an
 * argument count they accept. The solver fails this way on overloads it finds ambiguous (arrays of
 * primitives, varargs) and on references whose functional interface it cannot infer. The answer is
 * precise when a single overload fits, and otherwise still far narrower than every method with the
 * name in the sources ({@link Fallback}). Stateless.
 */
final class ReceiverFallback {
  private ReceiverFallback() {}

  /**
   * Candidates for {@code name} on the type of {@code scope} (an expression or a type name), or
   * null if that type does not resolve or has no such method.
   *
   * @param arity the number of arguments, or -1 for a method reference (any number)
   */
  static Resolution of(
      JavaParserFacade facade, Declarations declarations, Expression scope, String name, int arity, String reason) {
    ResolvedType type =
        scope instanceof TypeExpr typeExpr
            ? Guard.attempt(() -> typeExpr.getType().resolve())
            : Guard.attempt(() -> facade.getType(scope));
    if (type == null || !type.isReferenceType()) {
      return null;
    }
    ResolvedReferenceTypeDeclaration declaration = type.asReferenceType().getTypeDeclaration().orElse(null);
    if (declaration == null) {
      return null;
    }
    return candidates(declarations, declaration, type.asReferenceType().getQualifiedName(), name, arity, !(scope instanceof SuperExpr), reason);
  }

  /** Candidates for {@code name} among the methods of one type (for an unqualified call, the enclosing type). */
  static Resolution candidates(
      Declarations declarations,
      ResolvedReferenceTypeDeclaration declaration,
      String receiver,
      String name,
      int arity,
      boolean dispatches,
      String reason) {
    List<ResolvedMethodDeclaration> methods =
        Guard.attempt(
            () -> declaration.getAllMethods().stream()
                .map(MethodUsage::getDeclaration)
                .filter(m -> m.getName().equals(name) && accepts(m, arity))
                .toList());
    if (methods == null || methods.isEmpty()) {
      return null;
    }
    List<Target> targets = new ArrayList<>();
    Set<List<String>> overloads = new HashSet<>();
    for (ResolvedMethodDeclaration method : methods) {
      String signature = declarations.signature(method);
      List<String> parameters = Guard.attempt(() -> TypeNames.parameterTypes(method));
      if (signature == null || parameters == null) {
        return null;
      }
      overloads.add(parameters.stream().map(TypeNames::comparable).toList());
      boolean isStatic = Boolean.TRUE.equals(Guard.attempt(method::isStatic));
      boolean virtual = dispatches && !isStatic;
      Target target = new Target(signature, false, virtual, virtual ? receiver : null);
      if (!targets.contains(target)) {
        targets.add(target);
      }
    }
    targets.sort(Comparator.comparing(Target::signature));
    return overloads.size() == 1
        ? Resolution.precise(targets)
        : new Resolution(
            Resolution.Status.FALLBACK, targets, "overloads of " + receiver + "." + name + ": " + reason);
  }

  private static boolean accepts(ResolvedMethodDeclaration method, int arity) {
    if (arity < 0) {
      return true;
    }
    int parameters = method.getNumberOfParams();
    return method.hasVariadicParameter() ? arity >= parameters - 1 : arity == parameters;
  }
}
