package dev.stackcheck.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.IntersectionType;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import java.util.ArrayList;
import java.util.List;

/**
 * The functional interface types a lambda or method reference may implement (for S3.2). The
 * solver types them from their context, but not in every context: a return statement, an array
 * initializer, a cast, the body of another lambda. There the type is read from the context as
 * javac does: the declared return, component, cast or variable type, or the enclosing lambda's
 * functional return type. An intersection cast gives each of its elements. Stateless.
 */
final class TargetTypes {
  private final JavaParserFacade facade;

  TargetTypes(JavaParserFacade facade) {
    this.facade = facade;
  }

  /** The candidate types of {@code expression}, best first; empty when none is known. */
  List<ResolvedType> of(Expression expression) {
    List<ResolvedType> types = new ArrayList<>();
    ResolvedType solved = functionalBound(Guard.attempt(() -> facade.getType(expression)));
    if (solved != null && isFunctional(solved)) {
      types.add(solved);
      return types;
    }
    types.addAll(fromContext(expression));
    if (types.isEmpty() && solved != null) {
      types.add(solved);
    }
    return types;
  }

  private List<ResolvedType> fromContext(Expression expression) {
    Node node = expression;
    while (node.getParentNode().orElse(null) instanceof EnclosedExpr
        || (node.getParentNode().orElse(null) instanceof ConditionalExpr conditional && conditional.getCondition() != node)) {
      node = node.getParentNode().get();
    }
    Node parent = node.getParentNode().orElse(null);
    if (parent instanceof CastExpr cast) {
      if (cast.getType() instanceof IntersectionType intersection) {
        List<ResolvedType> elements = new ArrayList<>();
        for (ReferenceType element : intersection.getElements()) {
          add(elements, element);
        }
        return elements;
      }
      return resolved(cast.getType());
    }
    if (parent instanceof VariableDeclarator variable && !variable.getType().isVarType()) {
      return resolved(variable.getType());
    }
    if (parent instanceof AssignExpr assign && assign.getValue() == node) {
      ResolvedType target = Guard.attempt(() -> facade.getType(assign.getTarget()));
      return target == null ? List.of() : List.of(target);
    }
    if (parent instanceof ArrayInitializerExpr initializer) {
      return componentType(initializer);
    }
    if (parent instanceof ReturnStmt) {
      Node callable = enclosingCallable(parent);
      if (callable instanceof MethodDeclaration method) {
        return resolved(method.getType());
      }
      return callable instanceof LambdaExpr lambda ? lambdaReturnType(lambda) : List.of();
    }
    if (parent instanceof ExpressionStmt body && body.getParentNode().orElse(null) instanceof LambdaExpr lambda) {
      return lambdaReturnType(lambda); // the expression body of an enclosing lambda
    }
    return List.of();
  }

  private List<ResolvedType> componentType(ArrayInitializerExpr initializer) {
    Node owner = initializer.getParentNode().orElse(null);
    Type declared = null;
    if (owner instanceof VariableDeclarator variable) {
      declared = variable.getType();
    } else if (owner instanceof ArrayCreationExpr creation) {
      return creation.getLevels().size() == 1 ? resolved(creation.getElementType()) : List.of();
    }
    if (declared instanceof ArrayType array && array.getComponentType() != null && !(array.getComponentType() instanceof ArrayType)) {
      return resolved(array.getComponentType());
    }
    return List.of();
  }

  private List<ResolvedType> lambdaReturnType(LambdaExpr lambda) {
    List<ResolvedType> types = new ArrayList<>();
    for (ResolvedType outer : of(lambda)) {
      ResolvedType returned =
          Guard.attempt(
              () -> {
                ResolvedType declared = Trampolines.functionalMethod(outer).map(m -> m.returnType()).orElse(null);
                return declared != null && outer.isReferenceType()
                    ? outer.asReferenceType().useThisTypeParametersOnTheGivenType(declared)
                    : declared;
              });
      if (returned != null && isFunctional(returned)) {
        types.add(returned);
      }
    }
    return types;
  }

  private static Node enclosingCallable(Node node) {
    for (Node above = node.getParentNode().orElse(null); above != null; above = above.getParentNode().orElse(null)) {
      if (above instanceof LambdaExpr || above instanceof MethodDeclaration) {
        return above;
      }
      if (above instanceof com.github.javaparser.ast.body.BodyDeclaration<?>) {
        return null;
      }
    }
    return null;
  }

  private static List<ResolvedType> resolved(Type type) {
    List<ResolvedType> types = new ArrayList<>();
    add(types, type);
    return types;
  }

  private static void add(List<ResolvedType> types, Type type) {
    ResolvedType resolved = Guard.attempt(type::resolve);
    if (resolved != null) {
      types.add(resolved);
    }
  }

  /**
   * A type variable bounded by a functional interface ({@code <T extends Op> void take(T t)}) as
   * that bound, the type javac gives a lambda passed for it; other types as they are.
   */
  private static ResolvedType functionalBound(ResolvedType type) {
    if (type == null || !type.isTypeVariable()) {
      return type;
    }
    for (var bound : type.asTypeParameter().getBounds()) {
      if (isFunctional(bound.getType())) {
        return bound.getType();
      }
    }
    return type;
  }

  private static boolean isFunctional(ResolvedType type) {
    return Boolean.TRUE.equals(Guard.attempt(() -> Trampolines.functionalMethod(type).isPresent()));
  }
}
