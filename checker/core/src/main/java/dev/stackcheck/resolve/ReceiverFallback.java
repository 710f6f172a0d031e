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
   * @param arguments the erased types of the arguments (null where unknown), or null for a method
   *     reference (any number of arguments)
   */
  static Resolution of(
      JavaParserFacade facade, Declarations declarations, Expression scope, String name, List<String> arguments, String reason) {
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
    return candidates(declarations, declaration, type.asReferenceType().getQualifiedName(), name, arguments, !(scope instanceof SuperExpr), reason);
  }

  /** Candidates for {@code name} among the methods of one type (for an unqualified call, the enclosing type). */
  static Resolution candidates(
      Declarations declarations,
      ResolvedReferenceTypeDeclaration declaration,
      String receiver,
      String name,
      List<String> arguments,
      boolean dispatches,
      String reason) {
    return resolution(declarations, methods(declaration, name, arguments), receiver, name, dispatches, reason);
  }

  /** The methods of a type (inherited ones included) named {@code name} that may take the arguments. */
  static List<ResolvedMethodDeclaration> methods(
      ResolvedReferenceTypeDeclaration declaration, String name, List<String> arguments) {
    List<ResolvedMethodDeclaration> methods =
        Guard.attempt(
            () -> declaration.getAllMethods().stream()
                .map(MethodUsage::getDeclaration)
                .filter(m -> m.getName().equals(name) && !Boolean.FALSE.equals(Guard.attempt(() -> mayAccept(m, arguments))))
                .toList());
    return methods == null ? List.of() : methods;
  }

  /** The resolution to these candidate methods: precise if they are one overload; null if there are none. */
  static Resolution resolution(
      Declarations declarations,
      List<ResolvedMethodDeclaration> methods,
      String receiver,
      String name,
      boolean dispatches,
      String reason) {
    if (methods.isEmpty()) {
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

  /**
   * False only when the method provably cannot take the arguments: wrong count, or an argument whose
   * erased type cannot convert to the parameter's (a primitive array to another primitive array or
   * to a non-array, an array to a primitive, a reference to a primitive array). Unknown arguments
   * and reference-to-reference conversions are assumed possible.
   */
  private static boolean mayAccept(ResolvedMethodDeclaration method, List<String> arguments) {
    if (arguments == null) {
      return true;
    }
    int count = method.getNumberOfParams();
    boolean varargs = method.hasVariadicParameter();
    if (varargs ? arguments.size() < count - 1 : arguments.size() != count) {
      return false;
    }
    List<String> parameters = TypeNames.parameterTypes(method);
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      if (argument == null) {
        continue;
      }
      boolean last = i >= count - 1;
      if (varargs && last) {
        String element = parameters.get(count - 1);
        element = element.substring(0, element.length() - 3);
        boolean asArray = arguments.size() == count && convertible(argument, element + "[]");
        if (!asArray && !convertible(argument, element)) {
          return false;
        }
      } else if (!convertible(argument, TypeNames.comparable(parameters.get(i)))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> PRIMITIVES =
      Set.of("boolean", "byte", "short", "char", "int", "long", "float", "double");

  /** Whether a value of erased type {@code from} may be passed for a parameter of erased type {@code to}. */
  static boolean convertible(String from, String to) {
    boolean fromArray = from.endsWith("[]");
    boolean toArray = to.endsWith("[]");
    if (PRIMITIVES.contains(to)) {
      return !fromArray; // widening, or unboxing of a reference
    }
    if (toArray) {
      if (!fromArray) {
        return false;
      }
      String fromElement = from.substring(0, from.length() - 2);
      String toElement = to.substring(0, to.length() - 2);
      boolean fromPrimitive = PRIMITIVES.contains(fromElement);
      boolean toPrimitive = PRIMITIVES.contains(toElement);
      if (fromPrimitive || toPrimitive) {
        return fromElement.equals(toElement);
      }
      return convertible(fromElement, toElement);
    }
    if (fromArray) {
      return to.equals("java.lang.Object") || to.equals("java.lang.Cloneable") || to.equals("java.io.Serializable");
    }
    return true;
  }
}
