package dev.stackcheck.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.logic.FunctionalInterfaceLogic;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.index.TypeInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Completes method calls the symbol solver could not resolve, where the code still tells the
 * answer: {@code super.m()} in enum-constant bodies and anonymous classes, and calls whose
 * receiver type is known though the method is not (see {@link ReceiverFallback}). What this
 * cannot complete goes to the name-and-arity {@link Fallback}. Not thread-safe.
 */
final class UnresolvedCalls {
  private final ResolutionContext context;

  UnresolvedCalls(ResolutionContext context) {
    this.context = context;
  }

  /** Methods a call may name, and the receiver type that bounds their dispatch. */
  private record Candidates(List<ResolvedMethodDeclaration> methods, String receiver, boolean dispatches) {}

  /** A scope this many calls deep is not typed through its calls' candidates. */
  private static final int MAX_CHAIN = 4;

  /**
   * The candidates on the receiver's type when the solver could not pick one: the scope's type, or
   * for an unqualified call the innermost enclosing type that has a method with the name.
   */
  Resolution receiverFallback(CallSite site, MethodCallExpr call, String reason) {
    Candidates candidates = candidates(site, call, 0);
    return candidates == null
        ? null
        : ReceiverFallback.resolution(
            context.declarations(), candidates.methods(), candidates.receiver(), call.getNameAsString(), candidates.dispatches(), reason);
  }

  private Candidates candidates(CallSite site, MethodCallExpr call, int depth) {
    String name = call.getNameAsString();
    List<String> arguments = argumentTypes(call.getArguments());
    Expression scope = call.getScope().orElse(null);
    if (scope != null) {
      if (scope instanceof SuperExpr self && self.getTypeName().isPresent()) {
        return null;
      }
      ResolvedReferenceType type = scopeType(site, scope, depth);
      ResolvedReferenceTypeDeclaration declaration = type == null ? null : type.getTypeDeclaration().orElse(null);
      if (declaration == null) {
        return null;
      }
      List<ResolvedMethodDeclaration> methods = ReceiverFallback.methods(declaration, name, arguments);
      return methods.isEmpty() ? null : new Candidates(methods, type.getQualifiedName(), !(scope instanceof SuperExpr));
    }
    for (TypeInfo type = site.owner().type(); type != null; type = type.outer()) {
      if (!(type.node() instanceof TypeDeclaration<?> declaration)) {
        continue; // anonymous classes and enum-constant bodies: their outer type declares the methods
      }
      for (ResolvedReferenceTypeDeclaration resolved : searched(type, declaration)) {
        List<ResolvedMethodDeclaration> methods = ReceiverFallback.methods(resolved, name, arguments);
        if (!methods.isEmpty()) {
          return new Candidates(methods, type.name(), true);
        }
      }
    }
    return null;
  }

  /**
   * The static type of a call's scope: the solver's answer, or for a call the solver cannot type
   * ({@code simpleQuote(regex, symbol).append('|')} inside a lambda), the result type its
   * candidates agree on.
   */
  private ResolvedReferenceType scopeType(CallSite site, Expression scope, int depth) {
    ResolvedType solved = ReceiverFallback.type(context.facade(), scope);
    ResolvedType type = solved != null && solved.isConstraint() ? solved.asConstraintType().getBound() : solved;
    if ((type == null || !type.isReferenceType()) && scope instanceof NameExpr variable) {
      type = lambdaParameterType(site, variable);
    }
    if (type != null) {
      return type.isReferenceType() ? type.asReferenceType() : null;
    }
    if (!(scope instanceof MethodCallExpr inner) || depth >= MAX_CHAIN) {
      return null;
    }
    Candidates candidates = candidates(site, inner, depth + 1);
    if (candidates == null) {
      return null;
    }
    ResolvedReferenceType common = null;
    for (ResolvedMethodDeclaration method : candidates.methods()) {
      ResolvedType result = Guard.attempt(method::getReturnType);
      if (result == null || !result.isReferenceType()) {
        return null;
      }
      if (common != null && !common.getQualifiedName().equals(result.asReferenceType().getQualifiedName())) {
        return null;
      }
      common = result.asReferenceType();
    }
    return common;
  }

  /**
   * The type of an implicitly typed lambda parameter that the solver cannot infer, read from the
   * functional interface the lambda's context expects: the parameter of the method it is passed to
   * (as the solver or this resolution found that method), the variable or field it is assigned to,
   * or the type it is cast to. {@code (a, e) -> a.append(e)} passed for a
   * {@code FailableBiConsumer<Appendable, T, IOException>}: {@code a} is an {@code Appendable}.
   */
  private ResolvedType lambdaParameterType(CallSite site, NameExpr variable) {
    String name = variable.getNameAsString();
    Node node = variable;
    while (node != null && !(node instanceof LambdaExpr candidate && declaresImplicitly(candidate, name))) {
      node = node.getParentNode().orElse(null);
    }
    if (!(node instanceof LambdaExpr lambda)) {
      return null;
    }
    int index = -1;
    for (int i = 0; i < lambda.getParameters().size(); i++) {
      if (lambda.getParameters().get(i).getNameAsString().equals(name)) {
        index = i;
      }
    }
    ResolvedType expected = expectedType(site, lambda);
    int parameter = index;
    ResolvedType type =
        expected == null || !expected.isReferenceType()
            ? null
            : Guard.attempt(
                () -> expected.asReferenceType().typeParametersMap().replaceAll(
                    FunctionalInterfaceLogic.getFunctionalMethod(expected).orElseThrow().getParamType(parameter)));
    if (type != null && type.isWildcard() && type.asWildcard().isBounded()) {
      type = type.asWildcard().getBoundedType();
    }
    return type != null && type.isReferenceType() ? type : null;
  }

  private static boolean declaresImplicitly(LambdaExpr lambda, String name) {
    return lambda.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(name) && p.getType().isUnknownType());
  }

  /** The functional interface type that the context of a lambda expects. */
  private ResolvedType expectedType(CallSite site, Expression expression) {
    Node parent = expression.getParentNode().orElse(null);
    if (parent instanceof EnclosedExpr || (parent instanceof ConditionalExpr conditional && conditional.getCondition() != expression)) {
      return expectedType(site, (Expression) parent);
    }
    if (parent instanceof CastExpr cast) {
      return Guard.attempt(() -> cast.getType().resolve());
    }
    if (parent instanceof VariableDeclarator declarator) {
      return Guard.attempt(() -> declarator.getType().resolve());
    }
    if (parent instanceof AssignExpr assignment && assignment.getValue() == expression) {
      return Guard.attempt(() -> context.facade().getType(assignment.getTarget()));
    }
    if (parent instanceof MethodCallExpr call && call.getArguments().contains(expression)) {
      int argument = call.getArguments().indexOf(expression);
      ResolvedType byUsage =
          Guard.attempt(
              () -> {
                var usage = context.facade().solveMethodAsUsage(call);
                return usage.getParamType(Math.min(argument, usage.getNoParams() - 1));
              });
      return byUsage != null ? byUsage : parameterOfResolvedCall(site, call, argument);
    }
    return null;
  }

  /** The declared type of a parameter of the source method this resolution connected a call to. */
  private ResolvedType parameterOfResolvedCall(CallSite site, MethodCallExpr call, int argument) {
    for (Body body = site.owner(); body != null; body = body.creator()) {
      for (CallSite candidate : body.sites()) {
        if (candidate.node() == call && candidate.resolution() != null && candidate.resolution().targets().size() == 1) {
          Body target = context.symbols().bodyWithSignature(candidate.resolution().targets().get(0).signature());
          if (target != null && target.node() instanceof com.github.javaparser.ast.body.CallableDeclaration<?> callable
              && !callable.getParameters().isEmpty()) {
            var parameter = callable.getParameter(Math.min(argument, callable.getParameters().size() - 1));
            return Guard.attempt(() -> parameter.getType().resolve());
          }
          return null;
        }
      }
    }
    return null;
  }

  /** The erased types of the arguments; null for those the solver cannot type or that are poly expressions. */
  private List<String> argumentTypes(NodeList<Expression> arguments) {
    List<String> types = new ArrayList<>();
    for (Expression argument : arguments) {
      boolean poly =
          argument instanceof LambdaExpr
              || argument instanceof MethodReferenceExpr
              || argument instanceof NullLiteralExpr;
      ResolvedType type = poly ? null : Guard.attempt(() -> context.facade().getType(argument));
      types.add(type == null ? null : Guard.attempt(() -> TypeNames.erased(type)));
    }
    return types;
  }

  /**
   * The type declarations whose methods an unqualified call in {@code type} may name: the type,
   * and for a local class its direct supertypes too (the solver does not see a local class's
   * supertypes, so its inherited methods are missing from the type's own list).
   */
  private List<ResolvedReferenceTypeDeclaration> searched(TypeInfo type, TypeDeclaration<?> declaration) {
    List<ResolvedReferenceTypeDeclaration> searched = new ArrayList<>();
    ResolvedReferenceTypeDeclaration own = Guard.attempt(() -> context.facade().getTypeDeclaration(declaration));
    if (own != null) {
      searched.add(own);
    }
    if (type.enclosingBody() != null && declaration instanceof ClassOrInterfaceDeclaration local) {
      List<ClassOrInterfaceType> supertypes = new ArrayList<>(local.getExtendedTypes());
      supertypes.addAll(local.getImplementedTypes());
      for (var supertype : supertypes) {
        ResolvedType resolved = Guard.attempt(supertype::resolve);
        if (resolved != null && resolved.isReferenceType()) {
          resolved.asReferenceType().getTypeDeclaration().ifPresent(searched::add);
        }
      }
    }
    return searched;
  }

  /**
   * {@code super.m(...)} that the solver cannot resolve (it fails in enum-constant bodies and
   * anonymous classes): the method with that name and arity in the nearest source superclass, if
   * there is exactly one; null otherwise (then the fallback connects by name).
   */
  Body superMethod(TypeInfo own, String name, int arity) {
    TypeInfo supertype = null;
    if (own.kind() == TypeInfo.Kind.ENUM_CONSTANT) {
      supertype = own.outer();
    } else if (own.kind() == TypeInfo.Kind.ANONYMOUS) {
      ResolvedType created = Guard.attempt(() -> ((ObjectCreationExpr) own.node()).getType().resolve());
      ResolvedReferenceTypeDeclaration declaration =
          created != null && created.isReferenceType() ? created.asReferenceType().getTypeDeclaration().orElse(null) : null;
      supertype = declaration == null ? null : context.declarations().type(declaration);
    }
    if (supertype == null) {
      return null;
    }
    List<TypeInfo> chain = new ArrayList<>();
    chain.add(supertype);
    for (String ancestor : supertype.ancestors()) {
      TypeInfo source = context.symbols().typeNamed(ancestor);
      if (source != null && !source.isInterface()) {
        chain.add(source);
      }
    }
    for (TypeInfo type : chain) {
      List<Body> matches = new ArrayList<>();
      for (Body body : type.bodies()) {
        if (body.kind() == Body.Kind.METHOD && body.name().equals(name) && !body.isAbstract() && Fallback.accepts(body, arity)) {
          matches.add(body);
        }
      }
      if (!matches.isEmpty()) {
        return matches.size() == 1 ? matches.get(0) : null;
      }
    }
    return null;
  }
}
