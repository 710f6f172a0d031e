package dev.stackcheck.resolve;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.logic.FunctionalInterfaceLogic;
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

  CallResolver(ResolutionContext context) {
    this.context = context;
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
      case LAMBDA, METHOD_REF -> null;
    };
  }

  // ---- calls ----

  private Resolution call(CallSite site, MethodCallExpr call) {
    if (runsOwnTrampolineParameter(site.owner(), call)) {
      return new Resolution(Resolution.Status.NONE, List.of(), "a trampoline running its own parameter (S4.9)");
    }
    ResolvedMethodDeclaration method = Guard.attempt(() -> solved(context.facade().solve(call)));
    String reason = Guard.lastFailure();
    String signature = method == null ? null : context.declarations().signature(method);
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
    return Resolution.precise(List.of(new Target(signature, false, virtual, receiver)));
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
    ResolvedType type = Guard.attempt(() -> context.facade().getType(scope));
    if (type != null && type.isReferenceType()) {
      return type.asReferenceType().getQualifiedName();
    }
    if (type != null && type.isTypeVariable()) {
      return Guard.attempt(() -> TypeNames.erased(type));
    }
    return declaringType;
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
          return FunctionalInterfaceLogic.getFunctionalMethod(type)
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
      context.trampolineArguments().mark(arguments, common, i -> null);
    }
  }

  // ---- constructors ----

  private Resolution creation(CallSite site, ObjectCreationExpr creation) {
    ResolvedConstructorDeclaration constructor = Guard.attempt(() -> solved(context.facade().solve(creation)));
    String reason = Guard.lastFailure();
    String signature = constructor == null ? null : context.declarations().signature(constructor);
    if (signature == null) {
      List<Body> candidates =
          context.fallback().constructors(creation.getType().getNameAsString(), creation.getArguments().size());
      return context.fallback().constructors(candidates, reason);
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
      List<Body> candidates =
          context.fallback().constructors(creation.getType().getNameAsString(), creation.getArguments().size());
      if (supertype != null && candidates.isEmpty()) {
        return Resolution.precise(targets); // an external class's constructor: nothing to connect
      }
      Resolution fallback = context.fallback().constructors(candidates, reason);
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
      List<Body> candidates =
          typeName == null ? List.of() : context.fallback().constructors(typeName, invocation.getArguments().size());
      return context.fallback().constructors(candidates, reason);
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
      List<Body> candidates = name == null ? List.of() : context.fallback().constructors(name, 0);
      return context.fallback().constructors(candidates, reason);
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
    var constant = (com.github.javaparser.ast.body.EnumConstantDeclaration) site.node();
    int arity = constant.getArguments().size();
    List<Target> targets = new ArrayList<>();
    List<Body> candidates = new ArrayList<>();
    for (Body constructor : SymbolIndex.constructors(enumType)) {
      if (Fallback.accepts(constructor, arity)) {
        candidates.add(constructor);
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

  // ---- helpers ----

  static Target direct(String signature) {
    return new Target(signature, false, false, null);
  }

  private static <T extends com.github.javaparser.resolution.declarations.ResolvedDeclaration> T solved(SymbolReference<T> reference) {
    return reference.isSolved() ? reference.getCorrespondingDeclaration() : null;
  }
}
