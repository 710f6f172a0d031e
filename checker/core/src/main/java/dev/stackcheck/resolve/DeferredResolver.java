package dev.stackcheck.resolve;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.logic.FunctionalInterfaceLogic;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.index.Resolution.Target;
import dev.stackcheck.index.TypeInfo;
import dev.stackcheck.resolve.TrampolineArguments.Shape;
import dev.stackcheck.resolve.TrampolineArguments.Use;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Second resolution pass: connects each deferred body (lambda, method reference, anonymous class
 * method, or a named class passed to a trampoline) to the body that creates it (S4.5-S4.7), with
 * a trampoline edge when it is passed to a trampoline parameter and an ordinary edge otherwise.
 * A deferred body that implements a {@code @SystemStack} interface method is {@code @SystemStack}
 * and its creation is never a violation (S3.2). Not thread-safe.
 */
final class DeferredResolver {
  private final ResolutionContext context;
  private final boolean systemStackInterfacesExist;
  private final TargetTypes targetTypes;

  DeferredResolver(ResolutionContext context, boolean systemStackInterfacesExist) {
    this.context = context;
    this.systemStackInterfacesExist = systemStackInterfacesExist;
    this.targetTypes = new TargetTypes(context.facade());
  }

  /** Completes a site's resolution with its deferred bodies; returns the final resolution. */
  Resolution resolve(CallSite site, Resolution invocation) {
    return switch (site.kind()) {
      case LAMBDA -> lambda(site);
      case METHOD_REF -> methodReference(site, (MethodReferenceExpr) site.node());
      case NEW_ANONYMOUS -> anonymous(site, invocation);
      case NEW -> named(site, invocation);
      default -> invocation;
    };
  }

  /** The methods or constructors a method reference names, without deciding how they run. */
  Resolution referenceTargets(CallSite site) {
    if (context.external().onlyExternal(site)) {
      return CallResolver.EXTERNAL;
    }
    MethodReferenceExpr reference = (MethodReferenceExpr) site.node();
    return reference.getIdentifier().equals("new") ? constructorReference(reference) : methodTarget(site, reference);
  }

  private Resolution lambda(CallSite site) {
    Body lambda = site.deferred();
    if (implementsSystemStack((Expression) site.node())) {
      lambda.markSystemStack();
    }
    List<Target> targets = new ArrayList<>();
    for (Use use : context.trampolineArguments().uses((Expression) site.node())) {
      targets.add(new Target(lambda.signature(), use == Use.TRAMPOLINE || lambda.systemStack(), false, null));
    }
    return Resolution.precise(targets);
  }

  private Resolution methodReference(CallSite site, MethodReferenceExpr reference) {
    Resolution resolved = referenceTargets(site);
    if (resolved.targets().isEmpty()) {
      return resolved;
    }
    Set<Use> uses = context.trampolineArguments().uses(reference);
    boolean systemStack = implementsSystemStack(reference);
    List<Target> targets = new ArrayList<>();
    for (Use use : uses) {
      boolean trampoline = use == Use.TRAMPOLINE || systemStack;
      for (Target target : resolved.targets()) {
        targets.add(new Target(target.signature(), trampoline, target.virtual(), target.receiverType()));
      }
    }
    return new Resolution(resolved.status(), targets, resolved.reason());
  }

  private Resolution methodTarget(CallSite site, MethodReferenceExpr reference) {
    ResolvedMethodDeclaration method = Guard.attempt(() -> solved(context.facade().solve(reference)));
    String reason = Guard.lastFailure();
    String signature = method == null ? null : context.declarations().signature(method);
    if (signature == null) {
      // Often the solver cannot infer the functional interface, but X's type in X::m resolves.
      Resolution byType =
          ReceiverFallback.of(context.facade(), context.declarations(), reference.getScope(), reference.getIdentifier(), null, reason);
      if (byType != null) {
        return byType;
      }
      String name = reference.getIdentifier();
      return context.fallback().call(name, -1, context.fallback().methods(name, -1), reason);
    }
    boolean isStatic = Boolean.TRUE.equals(Guard.attempt(method::isStatic));
    Expression scope = reference.getScope();
    boolean virtual = !isStatic && !(scope instanceof SuperExpr);
    String receiver = null;
    if (virtual) {
      String declaring = context.declarations().typeName(method);
      if (scope instanceof ThisExpr || scope instanceof TypeExpr) {
        ResolvedType type = scope instanceof TypeExpr typeExpr ? Guard.attempt(() -> typeExpr.getType().resolve()) : null;
        receiver = type != null && type.isReferenceType() ? context.declarations().typeName(type.asReferenceType()) : declaring;
        if (scope instanceof ThisExpr) {
          for (TypeInfo t = site.owner().type(); t != null; t = t.outer()) {
            if (declaring != null && t.isSubtypeOf(declaring)) {
              receiver = t.name();
              break;
            }
          }
        }
      } else {
        ResolvedType type = Guard.attempt(() -> context.facade().getType(scope));
        receiver = type != null && type.isReferenceType() ? context.declarations().typeName(type.asReferenceType()) : declaring;
      }
    }
    return Resolution.precise(List.of(new Target(signature, false, virtual, receiver)));
  }

  private Resolution constructorReference(MethodReferenceExpr reference) {
    ResolvedType type =
        reference.getScope() instanceof TypeExpr typeExpr ? Guard.attempt(() -> typeExpr.getType().resolve()) : null;
    String reason = Guard.lastFailure();
    if (type != null && type.isArray()) {
      return Resolution.precise(List.of()); // int[]::new creates an array: no code runs
    }
    ResolvedReferenceTypeDeclaration declaration =
        type != null && type.isReferenceType() ? type.asReferenceType().getTypeDeclaration().orElse(null) : null;
    if (declaration != null) {
      TypeInfo source = context.declarations().type(declaration);
      List<Target> targets = new ArrayList<>();
      Integer arity = functionalArity(reference);
      if (source != null) {
        List<Body> all = SymbolIndex.constructors(source);
        boolean fixedArity = all.stream().anyMatch(c -> takesExactly(arity, c.parameterTypes().size()));
        List<Body> constructors = new ArrayList<>();
        for (Body constructor : all) {
          if (accepts(arity, constructor.parameterTypes().size(), constructor.isVarargs(), fixedArity)) {
            constructors.add(constructor);
          }
        }
        for (Body constructor : constructors) {
          targets.add(CallResolver.direct(constructor.signature()));
        }
        // Several constructors take as many arguments as the functional interface passes (or
        // its type is unknown): which one runs depends on the argument types; all may.
        return new Resolution(
            constructors.size() <= 1 ? Resolution.Status.PRECISE : Resolution.Status.FALLBACK,
            targets,
            constructors.size() <= 1 ? null : "constructor reference to an overloaded constructor");
      }
      List<ResolvedConstructorDeclaration> constructors = Guard.attempt(declaration::getConstructors);
      if (constructors != null) {
        boolean fixedArity =
            constructors.stream().anyMatch(c -> takesExactly(arity, c.getNumberOfParams()));
        for (ResolvedConstructorDeclaration constructor : constructors) {
          String signature = Guard.attempt(() -> TypeNames.externalSignature(constructor));
          if (signature != null
              && context.classpath().isSystemStack(signature)
              && accepts(arity, constructor.getNumberOfParams(), isVarargs(constructor), fixedArity)) {
            targets.add(CallResolver.direct(signature));
          }
        }
      }
      return Resolution.precise(targets);
    }
    String simpleName =
        reference.getScope() instanceof TypeExpr typeExpr ? typeExpr.getType().asString().replaceAll("<.*", "") : "";
    simpleName = simpleName.substring(simpleName.lastIndexOf('.') + 1);
    return context.fallback().constructors(simpleName, -1, context.fallback().constructors(simpleName, -1), reason);
  }

  /**
   * How many arguments the functional interface a constructor reference implements passes
   * ({@code Supplier<Pool>}: 0, {@code Function<Integer, Pool>}: 1), or null when unknown.
   */
  private Integer functionalArity(MethodReferenceExpr reference) {
    for (ResolvedType type : targetTypes.of(reference)) {
      Integer arity = Guard.attempt(() -> Trampolines.functionalMethod(type).map(m -> m.getNoParams()).orElse(null));
      if (arity != null) {
        return arity;
      }
    }
    return null;
  }

  /**
   * Whether a constructor with {@code parameters} parameters may be the one chosen for {@code
   * arity} arguments: as javac does, one that takes them without varargs expansion wins over one
   * that needs it ({@code fixedArity}: the type has such a constructor).
   */
  private static boolean accepts(Integer arity, int parameters, boolean varargs, boolean fixedArity) {
    if (arity == null || takesExactly(arity, parameters)) {
      return true;
    }
    return !fixedArity && varargs && arity >= parameters - 1;
  }

  /** Applicable without varargs expansion (a varargs constructor too, given an array). */
  private static boolean takesExactly(Integer arity, int parameters) {
    return arity != null && parameters == arity;
  }

  private static boolean isVarargs(ResolvedConstructorDeclaration constructor) {
    return Boolean.TRUE.equals(Guard.attempt(constructor::hasVariadicParameter));
  }

  private Resolution anonymous(CallSite site, Resolution invocation) {
    ObjectCreationExpr creation = (ObjectCreationExpr) site.node();
    Set<Use> uses = context.trampolineArguments().uses(creation);
    Shape shape = context.trampolineArguments().shape(creation);
    List<Body> methods = new ArrayList<>();
    for (Body body : site.type().bodies()) {
      if (body.kind() == Body.Kind.METHOD) {
        methods.add(body);
      }
    }
    boolean implementsSystemStack = methods.stream().anyMatch(Body::systemStack);
    List<Target> targets = new ArrayList<>(invocation.targets());
    for (Body method : methods) {
      // A method that overrides nothing can only be called by the class's own methods: when one
      // of them runs on the system stack (passed to a trampoline, or @SystemStack by S3.2), it
      // gets the trampoline edge (S4.5) and the contexts of its callers inside the class.
      boolean helper = method.overrides().isEmpty();
      boolean runsOnSystemStack =
          uses.contains(Use.TRAMPOLINE) && (matches(method, shape, methods) || helper);
      if (method.systemStack()
          || (helper && implementsSystemStack)
          || (runsOnSystemStack && !uses.contains(Use.ORDINARY))) {
        targets.add(new Target(method.signature(), true, false, null));
      } else if (runsOnSystemStack) {
        targets.add(new Target(method.signature(), true, false, null));
        targets.add(new Target(method.signature(), false, false, null));
      } else {
        targets.add(new Target(method.signature(), false, false, null));
      }
    }
    return new Resolution(invocation.status(), targets, invocation.reason());
  }

  /** Whether {@code method} is the one a trampoline parameter of this shape runs. */
  private static boolean matches(Body method, Shape shape, List<Body> methods) {
    if (shape == null || shape.name() == null) {
      return methods.size() == 1 || !isObjectMethod(method);
    }
    return method.name().equals(shape.name()) && method.parameterTypes().size() == shape.arity();
  }

  private static boolean isObjectMethod(Body method) {
    return switch (method.name()) {
      case "toString", "hashCode" -> method.parameterTypes().isEmpty();
      case "equals" -> method.parameterTypes().size() == 1;
      default -> false;
    };
  }

  /** {@code new T(...)} of a named class passed to a trampoline: T's implementation runs there (S3.3). */
  private Resolution named(CallSite site, Resolution invocation) {
    ObjectCreationExpr creation = (ObjectCreationExpr) site.node();
    Set<Use> uses = context.trampolineArguments().uses(creation);
    if (!uses.contains(Use.TRAMPOLINE) || invocation.targets().isEmpty()) {
      return invocation;
    }
    Shape shape = context.trampolineArguments().shape(creation);
    Body constructor = context.symbols().bodyWithSignature(invocation.targets().get(0).signature());
    if (constructor == null || shape == null || shape.name() == null) {
      return invocation;
    }
    Body implementation = implementation(constructor.type(), shape);
    if (implementation == null) {
      return invocation;
    }
    List<Target> targets = new ArrayList<>(invocation.targets());
    targets.add(new Target(implementation.signature(), true, false, null));
    return new Resolution(invocation.status(), targets, invocation.reason());
  }

  /** The method of {@code type} or its nearest source superclass that implements the shape. */
  private Body implementation(TypeInfo type, Shape shape) {
    List<TypeInfo> chain = new ArrayList<>();
    chain.add(type);
    for (String ancestor : type.ancestors()) {
      TypeInfo source = context.symbols().typeNamed(ancestor);
      if (source != null) {
        chain.add(source);
      }
    }
    for (TypeInfo candidate : chain) {
      for (Body body : candidate.bodies()) {
        if (body.kind() == Body.Kind.METHOD
            && !body.isAbstract()
            && body.name().equals(shape.name())
            && body.parameterTypes().size() == shape.arity()) {
          return body;
        }
      }
    }
    return null;
  }

  /** S3.2: a lambda or method reference whose functional method is {@code @SystemStack}. */
  private boolean implementsSystemStack(Expression expression) {
    if (!systemStackInterfacesExist) {
      return false;
    }
    for (ResolvedType type : targetTypes.of(expression)) {
      if (implementsSystemStack(type)) {
        return true;
      }
    }
    return false;
  }

  private boolean implementsSystemStack(ResolvedType type) {
    ResolvedMethodDeclaration functional =
        Guard.attempt(() -> FunctionalInterfaceLogic.getFunctionalMethod(type).map(m -> m.getDeclaration()).orElse(null));
    if (functional == null) {
      return false;
    }
    String signature = context.declarations().signature(functional);
    if (signature == null) {
      return false;
    }
    Body body = context.symbols().bodyWithSignature(signature);
    if (body != null ? body.systemStack() : context.classpath().isSystemStack(signature)) {
      return true;
    }
    String typeName = type.isReferenceType() ? context.declarations().typeName(type.asReferenceType()) : null;
    return SiblingContracts.systemStackSibling(context, signature, typeName) != null;
  }

  private static <T extends com.github.javaparser.resolution.declarations.ResolvedDeclaration> T solved(SymbolReference<T> reference) {
    return reference.isSolved() ? reference.getCorrespondingDeclaration() : null;
  }
}
