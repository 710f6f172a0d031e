package dev.stackcheck.resolve;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.logic.ConstructorResolutionLogic;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.index.Resolution.Target;
import dev.stackcheck.index.TypeInfo;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * First resolution pass: resolves invocations (calls, object creations, explicit and implicit
 * constructor invocations, enum constants) to their static targets, records the receiver type
 * that bounds virtual dispatch, and marks the arguments passed to trampoline parameters. Deferred
 * bodies are connected afterwards by {@link DeferredResolver}, once every trampoline argument is
 * known. Not thread-safe.
 */
final class CallResolver {
  /** A call that can only reach code outside the analysis (see ExternalCalls): exactly no edge. */
  static final Resolution EXTERNAL = Resolution.precise(List.of());

  private final ResolutionContext context;
  private final Overloads overloads;
  private final EnhancedFor enhancedFor;
  private final TryResources tryResources;
  private final UnresolvedCalls unresolvedCalls;

  CallResolver(ResolutionContext context) {
    this.context = context;
    this.overloads = new Overloads(context.facade());
    this.enhancedFor = new EnhancedFor(context);
    this.tryResources = new TryResources(context);
    this.unresolvedCalls = new UnresolvedCalls(context);
  }

  /** Resolves one invocation site; returns null for deferred-body sites (the second pass). */
  Resolution resolve(CallSite site) {
    if (site.kind() != CallSite.Kind.METHOD_REF && context.external().onlyExternal(site)) {
      return EXTERNAL;
    }
    return switch (site.kind()) {
      case CALL -> call(site, (MethodCallExpr) site.node());
      case NEW -> creation(site, (ObjectCreationExpr) site.node());
      case NEW_ANONYMOUS -> anonymousCreation(site, (ObjectCreationExpr) site.node());
      case CONSTRUCTOR_CALL -> constructorCall(site, (ExplicitConstructorInvocationStmt) site.node());
      case IMPLICIT_SUPER -> implicitSuper(site);
      case INSTANCE_INIT -> Resolution.precise(List.of(direct(site.type().instanceInit().signature())));
      case ENUM_CONSTANT -> enumConstant(site);
      case FOR_EACH -> enhancedFor.resolve((ForEachStmt) site.node());
      case TRY_RESOURCE -> tryResources.resolve((Expression) site.node());
      case LAMBDA, METHOD_REF -> null;
    };
  }

  // ---- calls ----

  private Resolution call(CallSite site, MethodCallExpr call) {
    if (runsOwnTrampolineParameter(site.owner(), call)) {
      return new Resolution(Resolution.Status.NONE, List.of(), "a trampoline running its own parameter (S4.9)");
    }
    ResolvedMethodDeclaration solved = Guard.attempt(() -> solved(context.facade().solve(call)));
    String reason = Guard.lastFailure();
    Overloads.Choice phased = Guard.attempt(() -> overloads.refine(call, solved));
    ResolvedMethodDeclaration overload = phased != null ? phased.method() : solved;
    if (phased != null && phased.ambiguous()) {
      reason = "ambiguous: no applicable overload is more specific than the others";
    }
    ResolvedMethodDeclaration refined =
        overload == null ? null : Guard.attempt(() -> FunctionalOverloads.refine(call, overload, context.facade()));
    ResolvedMethodDeclaration method = refined != null ? refined : overload;
    String signature = method == null ? null : context.declarations().signature(method);
    if (signature == null && call.getScope().orElse(null) instanceof SuperExpr self && self.getTypeName().isEmpty()) {
      Body inherited = unresolvedCalls.superMethod(site.owner().type(), call.getNameAsString(), call.getArguments().size());
      if (inherited != null) {
        markTrampolines(call.getArguments(), null, inherited, inherited.signature());
        return Resolution.precise(List.of(direct(inherited.signature())));
      }
    }
    if (signature == null) {
      Resolution bounded = unresolvedCalls.receiverFallback(site, call, reason);
      if (bounded != null) {
        markFallbackTrampolines(call.getNameAsString(), call.getArguments(), sourceBodies(bounded));
        return bounded;
      }
    }
    if (signature == null) {
      String name = call.getNameAsString();
      int arity = call.getArguments().size();
      List<Body> candidates = context.fallback().methods(name, arity);
      markFallbackTrampolines(name, call.getArguments(), candidates);
      return context.fallback().call(name, arity, candidates, reason);
    }
    Body body = context.declarations().body(method);
    boolean isStatic = Boolean.TRUE.equals(Guard.attempt(method::isStatic));
    boolean isPrivate =
        Boolean.TRUE.equals(
            Guard.attempt(() -> method.accessSpecifier() == com.github.javaparser.ast.AccessSpecifier.PRIVATE));
    Expression scope = call.getScope().orElse(null);
    boolean virtual = !isStatic && !isPrivate && !(scope instanceof SuperExpr);
    String receiver = virtual ? receiverType(site, scope, context.declarations().typeName(method)) : null;
    markTrampolines(call.getArguments(), method, body, signature);
    String sibling = virtual ? SiblingContracts.systemStackSibling(context, signature, receiver) : null;
    return Resolution.precise(List.of(new Target(sibling != null ? sibling : signature, false, virtual, receiver)));
  }

  private List<Body> sourceBodies(Resolution resolution) {
    List<Body> bodies = new ArrayList<>();
    for (Target target : resolution.targets()) {
      Body body = context.symbols().bodyWithSignature(target.signature());
      if (body != null) {
        bodies.add(body);
      }
    }
    return bodies;
  }

  /** S4.9: inside a trampoline, calling a trampoline parameter ({@code fn.run()}) creates no edge. */
  private static boolean runsOwnTrampolineParameter(Body owner, MethodCallExpr call) {
    if (!(call.getScope().orElse(null) instanceof NameExpr name)) {
      return false;
    }
    Body callable = owner;
    while (callable.kind() == Body.Kind.LAMBDA) {
      callable = callable.creator();
    }
    BitSet parameters = callable.trampolineParameters();
    for (int i = parameters.nextSetBit(0); i >= 0; i = parameters.nextSetBit(i + 1)) {
      if (i < callable.parameterNames().size() && callable.parameterNames().get(i).equals(name.getNameAsString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The erased static type of the receiver, which bounds virtual dispatch (S4.2): the scope's type,
   * or for an unqualified call the innermost enclosing class that inherits the method.
   */
  private String receiverType(CallSite site, Expression scope, String declaringType) {
    if (declaringType == null) {
      return null;
    }
    if (scope == null || (scope instanceof ThisExpr self && self.getTypeName().isEmpty())) {
      for (TypeInfo type = site.owner().type(); type != null; type = type.outer()) {
        if (type.isSubtypeOf(declaringType)) {
          return type.name();
        }
      }
      return declaringType;
    }
    if (scope instanceof ThisExpr qualified) {
      String simpleName = qualified.getTypeName().get().getIdentifier();
      for (TypeInfo type = site.owner().type(); type != null; type = type.outer()) {
        if (type.simpleName().equals(simpleName)) {
          return type.name();
        }
      }
      return declaringType;
    }
    ResolvedType type = bound(Guard.attempt(() -> context.facade().getType(scope)));
    if (type != null && type.isArray()) {
      return Guard.attempt(() -> TypeNames.erased(type)); // array.clone(): no source type is an array
    }
    if (type != null && type.isReferenceType()) {
      return context.declarations().typeName(type.asReferenceType());
    }
    if (type != null && type.isTypeVariable()) {
      return Guard.attempt(() -> TypeNames.erased(type));
    }
    if (scope instanceof MethodCallExpr producer) {
      // An unbounded wildcard substituted for the result's type variable (D in
      // TypeVariable<?>.getGenericDeclaration()): javac's receiver is the erasure of the declared
      // result type, D's bound.
      String declared =
          Guard.attempt(() -> TypeNames.erased(context.facade().solve(producer).getCorrespondingDeclaration().getReturnType()));
      if (declared != null && !declared.equals("java.lang.Object")) {
        return declared;
      }
    }
    return declaringType;
  }

  /**
   * The solver types an implicitly typed lambda parameter as the wildcard or inference constraint
   * of the functional interface ({@code ? super K} for {@code Map.forEach}); javac infers its bound.
   */
  private static ResolvedType bound(ResolvedType type) {
    if (type != null && type.isWildcard() && type.asWildcard().isBounded()) {
      return type.asWildcard().getBoundedType();
    }
    if (type != null && type.isConstraint()) {
      return type.asConstraintType().getBound();
    }
    return type;
  }

  private void markTrampolines(
      com.github.javaparser.ast.NodeList<Expression> arguments,
      ResolvedMethodLikeDeclaration declaration,
      Body body,
      String signature) {
    BitSet parameters =
        body != null ? body.trampolineParameters() : context.trampolines().parameters(declaration, signature);
    if (parameters.isEmpty()) {
      return;
    }
    context.trampolineArguments().mark(arguments, parameters, i -> shape(declaration, i));
  }

  private static TrampolineArguments.Shape shape(ResolvedMethodLikeDeclaration declaration, int parameter) {
    return Guard.attempt(
        () -> {
          ResolvedType type = declaration.getParam(parameter).getType();
          return Trampolines.functionalMethod(type)
              .map(m -> new TrampolineArguments.Shape(m.getName(), m.getNoParams()))
              .orElse(null);
        });
  }

  private void markFallbackTrampolines(
      String name, com.github.javaparser.ast.NodeList<Expression> arguments, List<Body> candidates) {
    if (candidates.isEmpty()) {
      if (context.trampolines().mayBeNamed(name)) {
        context.trampolineArguments().markAll(arguments);
      }
      return;
    }
    BitSet common = Fallback.commonTrampolineParameters(candidates);
    if (!common.isEmpty()) {
      context.trampolineArguments().mark(arguments, common, i -> commonShape(candidates, i));
    }
  }

  /**
   * The functional method that parameter {@code index} runs if every candidate agrees on it, else
   * null. It picks the method of a named class passed to the trampoline (S3.3), so a call that
   * did not resolve still runs {@code new Task()}'s {@code run()} on the system stack.
   */
  private static TrampolineArguments.Shape commonShape(List<Body> candidates, int index) {
    TrampolineArguments.Shape common = null;
    for (Body candidate : candidates) {
      if (!(candidate.node() instanceof CallableDeclaration<?> callable) || index >= callable.getParameters().size()) {
        return null;
      }
      TrampolineArguments.Shape shape =
          Guard.attempt(
              () -> Trampolines.functionalMethod(callable.getParameter(index).getType().resolve())
                  .map(m -> new TrampolineArguments.Shape(m.getName(), m.getNoParams()))
                  .orElse(null));
      if (shape == null || (common != null && !common.equals(shape))) {
        return null;
      }
      common = shape;
    }
    return common;
  }

  // ---- constructors ----

  private Resolution creation(CallSite site, ObjectCreationExpr creation) {
    ResolvedConstructorDeclaration constructor = Guard.attempt(() -> solved(context.facade().solve(creation)));
    String reason = Guard.lastFailure();
    String signature = constructor == null ? null : context.declarations().signature(constructor);
    if (signature == null) {
      String name = creation.getType().getNameAsString();
      int arity = creation.getArguments().size();
      return context.fallback().constructors(name, arity, context.fallback().constructors(name, arity), reason);
    }
    markTrampolines(creation.getArguments(), constructor, context.declarations().body(constructor), signature);
    return Resolution.precise(List.of(direct(signature)));
  }

  private Resolution anonymousCreation(CallSite site, ObjectCreationExpr creation) {
    List<Target> targets = new ArrayList<>();
    TypeInfo anonymous = site.type();
    if (anonymous.instanceInit() != null) {
      targets.add(direct(anonymous.instanceInit().signature()));
    }
    if (context.external().externalSupertype(creation)) {
      return Resolution.precise(targets); // the superclass constructor, if any, is not ours
    }
    ResolvedType supertype = Guard.attempt(() -> creation.getType().resolve());
    boolean isInterface =
        supertype != null
            && supertype.isReferenceType()
            && Boolean.TRUE.equals(
                Guard.attempt(() -> supertype.asReferenceType().getTypeDeclaration().map(d -> d.isInterface()).orElse(false)));
    if (isInterface) {
      return Resolution.precise(targets);
    }
    ResolvedConstructorDeclaration constructor = Guard.attempt(() -> solved(context.facade().solve(creation)));
    String reason = Guard.lastFailure();
    String signature = constructor == null ? null : context.declarations().signature(constructor);
    if (signature == null) {
      String name = creation.getType().getNameAsString();
      int arity = creation.getArguments().size();
      List<Body> candidates = context.fallback().constructors(name, arity);
      if (supertype != null && candidates.isEmpty()) {
        return Resolution.precise(targets); // an external class's constructor: nothing to connect
      }
      Resolution fallback = context.fallback().constructors(name, arity, candidates, reason);
      targets.addAll(fallback.targets());
      return new Resolution(fallback.status(), targets, reason);
    }
    markTrampolines(creation.getArguments(), constructor, context.declarations().body(constructor), signature);
    targets.add(0, direct(signature));
    return Resolution.precise(targets);
  }

  private Resolution constructorCall(CallSite site, ExplicitConstructorInvocationStmt invocation) {
    ResolvedConstructorDeclaration constructor = Guard.attempt(() -> solved(context.facade().solve(invocation)));
    String reason = Guard.lastFailure();
    String signature = constructor == null ? null : context.declarations().signature(constructor);
    if (signature == null) {
      TypeInfo own = site.owner().type();
      String typeName = invocation.isThis() ? own.simpleName() : superclassName(own);
      if (typeName == null) {
        return new Resolution(Resolution.Status.UNRESOLVED, List.of(), reason);
      }
      int arity = invocation.getArguments().size();
      return context.fallback().constructors(typeName, arity, context.fallback().constructors(typeName, arity), reason);
    }
    markTrampolines(invocation.getArguments(), constructor, context.declarations().body(constructor), signature);
    return Resolution.precise(List.of(direct(signature)));
  }

  private Resolution implicitSuper(CallSite site) {
    TypeInfo type = site.type();
    ResolvedReferenceTypeDeclaration superclass =
        Guard.attempt(
            () -> context.facade()
                .getTypeDeclaration((TypeDeclaration<?>) type.node())
                .asClass()
                .getSuperClass()
                .flatMap(ResolvedReferenceType::getTypeDeclaration)
                .orElse(null));
    String reason = Guard.lastFailure();
    if (superclass == null) {
      String name = superclassName(type);
      if (name == null) {
        return new Resolution(Resolution.Status.UNRESOLVED, List.of(), reason);
      }
      return context.fallback().constructors(name, 0, context.fallback().constructors(name, 0), reason);
    }
    TypeInfo source = context.declarations().type(superclass);
    if (source != null) {
      List<Target> targets = new ArrayList<>();
      for (Body constructor : SymbolIndex.constructors(source)) {
        if (Fallback.accepts(constructor, 0)) {
          targets.add(direct(constructor.signature()));
        }
      }
      return Resolution.precise(targets);
    }
    List<ResolvedConstructorDeclaration> constructors = Guard.attempt(superclass::getConstructors);
    List<Target> targets = new ArrayList<>();
    if (constructors != null) {
      for (ResolvedConstructorDeclaration constructor : constructors) {
        if (constructor.getNumberOfParams() == 0) {
          String signature = Guard.attempt(() -> TypeNames.externalSignature(constructor));
          if (signature != null) {
            targets.add(direct(signature));
          }
        }
      }
    }
    return Resolution.precise(targets);
  }

  private static String superclassName(TypeInfo type) {
    if (type.node() instanceof ClassOrInterfaceDeclaration declaration
        && !declaration.isInterface()
        && !declaration.getExtendedTypes().isEmpty()) {
      return declaration.getExtendedTypes().get(0).getNameAsString();
    }
    return null;
  }

  private Resolution enumConstant(CallSite site) {
    TypeInfo enumType = site.owner().type();
    EnumConstantDeclaration constant = (EnumConstantDeclaration) site.node();
    int arity = constant.getArguments().size();
    List<Target> targets = new ArrayList<>();
    ResolvedConstructorDeclaration solved = Guard.attempt(() -> enumConstructor(enumType, constant));
    Body chosen = solved == null ? null : context.declarations().body(solved);
    List<Body> candidates = new ArrayList<>();
    if (chosen != null) {
      candidates.add(chosen);
      markTrampolines(constant.getArguments(), solved, chosen, chosen.signature());
    } else {
      for (Body constructor : SymbolIndex.constructors(enumType)) {
        if (Fallback.accepts(constructor, arity)) {
          candidates.add(constructor);
        }
      }
      // The solver types no lambda or method reference argument here, so it chooses nothing:
      // what every candidate takes as a trampoline parameter still runs on the system stack.
      BitSet common = candidates.isEmpty() ? new BitSet() : Fallback.commonTrampolineParameters(candidates);
      if (!common.isEmpty()) {
        context.trampolineArguments().mark(constant.getArguments(), common, i -> commonShape(candidates, i));
      }
    }
    for (Body candidate : candidates) {
      targets.add(direct(candidate.signature()));
    }
    if (site.type() != null && site.type().instanceInit() != null) {
      targets.add(direct(site.type().instanceInit().signature()));
    }
    Resolution.Status status =
        candidates.size() == 1 ? Resolution.Status.PRECISE
            : candidates.isEmpty() ? Resolution.Status.UNRESOLVED : Resolution.Status.FALLBACK;
    return new Resolution(status, targets, status == Resolution.Status.PRECISE ? null : "enum constructor overloads of the same arity");
  }

  /** The enum constructor that a constant's arguments select, as for {@code new}; null if unknown. */
  private ResolvedConstructorDeclaration enumConstructor(TypeInfo enumType, EnumConstantDeclaration constant) {
    ResolvedReferenceTypeDeclaration declaration =
        context.facade().getTypeDeclaration((TypeDeclaration<?>) enumType.node());
    List<ResolvedType> argumentTypes = new ArrayList<>();
    for (Expression argument : constant.getArguments()) {
      argumentTypes.add(context.facade().getType(argument));
    }
    return solved(ConstructorResolutionLogic.findMostApplicable(declaration.getConstructors(), argumentTypes, context.solver()));
  }

  // ---- helpers ----

  static Target direct(String signature) {
    return new Target(signature, false, false, null);
  }

  private static <T extends com.github.javaparser.resolution.declarations.ResolvedDeclaration> T solved(SymbolReference<T> reference) {
    return reference.isSolved() ? reference.getCorrespondingDeclaration() : null;
  }
}
