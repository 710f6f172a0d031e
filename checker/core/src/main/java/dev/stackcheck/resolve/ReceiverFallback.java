package dev.stackcheck.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
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
    ResolvedType type = type(facade, scope);
    if (type == null || !type.isReferenceType()) {
      return null;
    }
    ResolvedReferenceTypeDeclaration declaration = type.asReferenceType().getTypeDeclaration().orElse(null);
    if (declaration == null) {
      return null;
    }
    return candidates(declarations, declaration, type.asReferenceType().getQualifiedName(), name, arguments, !(scope instanceof SuperExpr), reason);
  }

  /**
   * The static type of a scope: the solver's, or for a simple name it cannot type (it fails on
   * names inside method references, {@code predicate::test}) the type its declaration writes.
   */
  static ResolvedType type(JavaParserFacade facade, Expression scope) {
    ResolvedType type =
        scope instanceof TypeExpr typeExpr
            ? Guard.attempt(() -> typeExpr.getType().resolve())
            : Guard.attempt(() -> facade.getType(scope));
    // The parser reads the variable in predicate::test as a type name.
    String name =
        scope instanceof NameExpr variable ? variable.getNameAsString()
            : scope instanceof TypeExpr typeExpr
                    && typeExpr.getType() instanceof ClassOrInterfaceType simple
                    && simple.getScope().isEmpty()
                ? simple.getNameAsString()
                : null;
    if (type == null && name != null) {
      Type declared = declaredType(scope, name);
      type = declared == null ? null : Guard.attempt(declared::resolve);
    }
    return type;
  }

  /**
   * The type written on the declaration of a local variable, parameter or field with this name,
   * found by walking out from the use: the nearest enclosing parameter list, earlier statement of
   * an enclosing block, loop or catch variable, or field. Null if none is written ({@code var},
   * implicitly typed lambda parameters) or found.
   */
  private static Type declaredType(Node use, String name) {
    Node child = use;
    for (Node node = use.getParentNode().orElse(null); node != null; child = node, node = node.getParentNode().orElse(null)) {
      Type found = null;
      if (node instanceof CallableDeclaration<?> callable) {
        found = parameter(callable.getParameters(), name);
      } else if (node instanceof LambdaExpr lambda) {
        found = parameter(lambda.getParameters(), name);
      } else if (node instanceof CatchClause clause && clause.getParameter().getNameAsString().equals(name)) {
        found = clause.getParameter().getType();
      } else if (node instanceof ForEachStmt loop) {
        found = variable(loop.getVariable(), name);
      } else if (node instanceof ForStmt loop) {
        for (Expression initialization : loop.getInitialization()) {
          if (found == null && initialization instanceof VariableDeclarationExpr declaration) {
            found = variable(declaration, name);
          }
        }
      } else if (node instanceof BlockStmt block) {
        for (Statement statement : block.getStatements()) {
          if (statement == child) {
            break;
          }
          if (statement instanceof ExpressionStmt expression
              && expression.getExpression() instanceof VariableDeclarationExpr declaration
              && variable(declaration, name) != null) {
            found = variable(declaration, name);
          }
        }
      } else if (node instanceof TypeDeclaration<?> type) {
        for (FieldDeclaration field : type.getFields()) {
          for (VariableDeclarator variable : field.getVariables()) {
            if (variable.getNameAsString().equals(name)) {
              return variable.getType();
            }
          }
        }
        return null;
      }
      if (found != null) {
        return found.isVarType() || found.isUnknownType() ? null : found;
      }
    }
    return null;
  }

  private static Type parameter(List<Parameter> parameters, String name) {
    for (Parameter parameter : parameters) {
      if (parameter.getNameAsString().equals(name)) {
        return parameter.isVarArgs() ? new com.github.javaparser.ast.type.ArrayType(parameter.getType()) : parameter.getType();
      }
    }
    return null;
  }

  private static Type variable(VariableDeclarationExpr declaration, String name) {
    for (VariableDeclarator variable : declaration.getVariables()) {
      if (variable.getNameAsString().equals(name)) {
        return variable.getType();
      }
    }
    return null;
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
