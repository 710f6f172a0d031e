package dev.stackcheck.resolve;

import com.github.javaparser.ast.AccessSpecifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedTypeParameterDeclaration;
import com.github.javaparser.resolution.model.typesystem.ReferenceTypeImpl;
import com.github.javaparser.resolution.types.ResolvedPrimitiveType;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks the symbol solver's choice among overloads against the three phases of JLS 15.12.2: a
 * method applicable without boxing (phase 1) wins over one that needs boxing or unboxing (phase
 * 2), which wins over one applicable only by variable-arity invocation (phase 3); arrays of
 * primitives convert to nothing but themselves. In phases 1 and 2 a varargs method takes part as
 * a fixed-arity method whose last parameter is an array. The solver applies one loose test to
 * every candidate and widens {@code float[]} to {@code double[]}; its tie-breaking then depends on
 * the iteration order of a hash set, so its answer could change from run to run. Only calls whose
 * argument types are all known (no lambdas or method references), some of them primitive, boxed,
 * arrays or null, or overloads with a type-variable or varargs parameter, to overloaded methods
 * outside the JDK are checked, and the solver's choice is replaced by the unique most specific
 * overload of the earliest phase, or dropped when there is none (the call is ambiguous). A type
 * variable stands for its bounds: the solver treats {@code <T extends Number> id(T)} and {@code
 * <T> id(T)} as equally specific and picks either, where javac picks the bounded one.
 * Caches the overloads of each type for one run. Not thread-safe.
 */
final class Overloads {
  private final JavaParserFacade facade;
  /**
   * Candidates per declaring type and method name: source types by their tree (by identity:
   * a node's hash code walks its whole subtree), compiled types by name.
   */
  private final Map<Node, Map<String, List<ResolvedMethodDeclaration>>> sourceCandidates = new IdentityHashMap<>();
  private final Map<String, Map<String, List<ResolvedMethodDeclaration>>> compiledCandidates = new HashMap<>();

  Overloads(JavaParserFacade facade) {
    this.facade = facade;
  }

  /**
   * What the check found: the overload javac picks ({@code chosen} when the check does not apply
   * or agrees), or, when several applicable overloads are equally specific, no method: javac
   * rejects such a call as ambiguous, and the solver's pick among them depends on hash order.
   */
  record Choice(ResolvedMethodDeclaration method, boolean ambiguous) {
    static Choice of(ResolvedMethodDeclaration method) {
      return new Choice(method, false);
    }
  }

  /** The overload javac picks for {@code call}; {@code chosen} is the solver's (null if it failed). */
  Choice refine(MethodCallExpr call, ResolvedMethodDeclaration chosen) {
    if (call.getArguments().stream().anyMatch(a -> a instanceof LambdaExpr || a instanceof MethodReferenceExpr)) {
      return Choice.of(chosen);
    }
    ResolvedReferenceTypeDeclaration owner = chosen != null ? chosen.declaringType() : receiver(call);
    if (owner == null || TypeSolvers.JDK.test(owner.getQualifiedName())) {
      return Choice.of(chosen); // JDK methods carry no annotations: which overload is called does not matter
    }
    int arity = call.getArguments().size();
    List<ResolvedMethodDeclaration> candidates = new ArrayList<>();
    for (ResolvedMethodDeclaration method : candidates(owner, call.getNameAsString())) {
      int parameters = method.getNumberOfParams();
      if (parameters == arity || (method.hasVariadicParameter() && parameters - 1 <= arity)) {
        candidates.add(method);
      }
    }
    if (candidates.size() < 2) {
      return Choice.of(chosen);
    }
    List<ResolvedType> arguments = new ArrayList<>();
    for (Expression argument : call.getArguments()) {
      // Without solving lambdas: the type the solver computed (and cached on the node) while solving the call.
      ResolvedType type = Guard.attempt(() -> facade.getType(argument, false));
      if (type == null) {
        return Choice.of(chosen);
      }
      arguments.add(type);
    }
    if (arguments.stream().noneMatch(Overloads::phaseSensitive)
        && candidates.stream().noneMatch(Overloads::hasTypeVariableParameter)
        && candidates.stream().noneMatch(ResolvedMethodDeclaration::hasVariadicParameter)) {
      // Reference arguments alone are applicable in the same way in both phases, and the solver
      // orders overloads by their declared (non-generic) parameter types as javac does.
      return Choice.of(chosen);
    }
    for (boolean boxing : new boolean[] {false, true}) {
      List<ResolvedMethodDeclaration> applicable = new ArrayList<>();
      for (ResolvedMethodDeclaration candidate : candidates) {
        // A varargs method takes part here as a fixed-arity method whose last parameter is an array.
        if (candidate.getNumberOfParams() == arity && applicable(candidate, arguments, boxing)) {
          applicable.add(candidate);
        }
      }
      if (!applicable.isEmpty()) {
        return mostSpecific(applicable, chosen, arity, false);
      }
    }
    List<ResolvedMethodDeclaration> variable = new ArrayList<>();
    for (ResolvedMethodDeclaration candidate : candidates) {
      if (candidate.hasVariadicParameter() && applicableByVariableArity(candidate, arguments)) {
        variable.add(candidate);
      }
    }
    return variable.isEmpty() ? Choice.of(chosen) : mostSpecific(variable, chosen, arity, true);
  }

  /** A primitive, boxed, array or null argument: the phases and the array rule may treat it apart. */
  private static boolean phaseSensitive(ResolvedType argument) {
    return argument.isPrimitive()
        || argument.isArray()
        || argument.isNull()
        || (argument.isReferenceType() && ResolvedPrimitiveType.isBoxType(argument));
  }

  private static boolean hasTypeVariableParameter(ResolvedMethodDeclaration method) {
    for (int i = 0; i < method.getNumberOfParams(); i++) {
      if (method.getParam(i).getType().isTypeVariable()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The type whose methods an unresolved call may name: its scope's type, or the innermost
   * enclosing class that declares a method of that name (JLS 15.12.1); null inside an anonymous
   * class, whose own methods the solver cannot list here.
   */
  private ResolvedReferenceTypeDeclaration receiver(MethodCallExpr call) {
    if (call.getScope().isPresent()) {
      ResolvedType scope = Guard.attempt(() -> facade.getType(call.getScope().get()));
      return scope != null && scope.isReferenceType() ? scope.asReferenceType().getTypeDeclaration().orElse(null) : null;
    }
    String name = call.getNameAsString();
    for (Node node = call.getParentNode().orElse(null); node != null; node = node.getParentNode().orElse(null)) {
      if (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
        return null;
      }
      if (node instanceof TypeDeclaration<?> type
          && type.getMethods().stream().anyMatch(m -> m.getNameAsString().equals(name))) {
        return facade.getTypeDeclaration(type);
      }
    }
    return null;
  }

  /**
   * Methods with this name that are members of {@code owner}: declared in it or inherited (not
   * private) from its supertypes, where a declaration hides or overrides the same parameter types
   * further up; in a stable order. Overloads split between a class and its superclass compete as
   * javac sees them ({@code C.pin(T)} and the inherited {@code <T extends Number> P.pin(T)}).
   */
  private List<ResolvedMethodDeclaration> candidates(ResolvedReferenceTypeDeclaration owner, String name) {
    Node tree = owner.toAst().orElse(null);
    Map<String, List<ResolvedMethodDeclaration>> byName =
        tree != null
            ? sourceCandidates.computeIfAbsent(tree, k -> new HashMap<>())
            : compiledCandidates.computeIfAbsent(owner.getQualifiedName(), k -> new HashMap<>());
    return byName.computeIfAbsent(name, k -> {
      Map<String, ResolvedMethodDeclaration> bySignature = new TreeMap<>();
      for (ResolvedReferenceTypeDeclaration type : withSupertypes(owner)) {
        for (ResolvedMethodDeclaration method : type.getDeclaredMethods()) {
          if (method.getName().equals(name)
              && (type == owner || method.accessSpecifier() != AccessSpecifier.PRIVATE)) {
            // Erased, so that m(T...) hides an inherited m(Object[]) as it does in Java.
            bySignature.putIfAbsent(TypeNames.parameterTypes(method).toString().replace("...", "[]"), method);
          }
        }
      }
      return new ArrayList<>(bySignature.values());
    });
  }

  /** {@code owner}, then its supertypes nearest first (as far as the solver can list them). */
  private static List<ResolvedReferenceTypeDeclaration> withSupertypes(ResolvedReferenceTypeDeclaration owner) {
    List<ResolvedReferenceTypeDeclaration> types = new ArrayList<>();
    types.add(owner);
    List<ResolvedReferenceType> ancestors = Guard.attempt(() -> owner.getAllAncestors());
    if (ancestors != null) {
      for (ResolvedReferenceType ancestor : ancestors) {
        ancestor.getTypeDeclaration().ifPresent(types::add);
      }
    }
    return types;
  }

  private boolean applicable(ResolvedMethodDeclaration method, List<ResolvedType> arguments, boolean boxing) {
    for (int i = 0; i < arguments.size(); i++) {
      ResolvedType parameter = method.getParam(i).getType();
      if (!converts(arguments.get(i), parameter) && !(boxing && boxes(arguments.get(i), parameter))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Phase 3 (JLS 15.12.2.4): the arguments before the varargs parameter convert to their
   * parameters, each of the rest (possibly none) to the varargs parameter's component type, with
   * boxing allowed.
   */
  private boolean applicableByVariableArity(ResolvedMethodDeclaration method, List<ResolvedType> arguments) {
    for (int i = 0; i < arguments.size(); i++) {
      ResolvedType parameter = variableArityParameter(method, i);
      if (!converts(arguments.get(i), parameter) && !boxes(arguments.get(i), parameter)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The type of the {@code i}th argument of a variable-arity invocation of {@code method}: its
   * {@code i}th parameter's, or from the varargs parameter on, that parameter's component type.
   */
  private static ResolvedType variableArityParameter(ResolvedMethodDeclaration method, int i) {
    int last = method.getNumberOfParams() - 1;
    if (i < last) {
      return method.getParam(i).getType();
    }
    ResolvedType varargs = method.getParam(last).getType();
    return varargs.isArray() ? varargs.asArrayType().getComponentType() : varargs;
  }

  /**
   * Phase 1: identity, primitive widening, or reference widening (no boxing). A type variable
   * accepts what converts to all its bounds (as inference would find), and converts to what one
   * of its bounds converts to.
   */
  static boolean converts(ResolvedType from, ResolvedType to) {
    if (to.isTypeVariable()) {
      return !from.isPrimitive() && bounds(to).stream().allMatch(bound -> converts(from, bound));
    }
    if (from.isTypeVariable()) {
      return bounds(from).stream().anyMatch(bound -> converts(bound, to));
    }
    if (to.isWildcard()) {
      return !from.isPrimitive();
    }
    if (from.isNull()) {
      return !to.isPrimitive();
    }
    if (from.isPrimitive() || to.isPrimitive()) {
      return from.isPrimitive() && to.isPrimitive() && to.asPrimitive().isAssignableBy(from);
    }
    if (from.isArray() && to.isArray()) {
      ResolvedType fromComponent = from.asArrayType().getComponentType();
      ResolvedType toComponent = to.asArrayType().getComponentType();
      if (fromComponent.isPrimitive() || toComponent.isPrimitive()) {
        return fromComponent.equals(toComponent);
      }
      return converts(fromComponent, toComponent);
    }
    // Erased types: a generic parameter such as List<T> accepts any List, as after inference.
    return to.erasure().isAssignableBy(from.erasure());
  }

  /** The bounds of a type variable; {@code Object} when it has none. */
  private static List<ResolvedType> bounds(ResolvedType variable) {
    ResolvedTypeParameterDeclaration parameter = variable.asTypeParameter();
    List<ResolvedType> bounds = new ArrayList<>();
    for (ResolvedTypeParameterDeclaration.Bound bound : parameter.getBounds()) {
      bounds.add(bound.getType());
    }
    if (bounds.isEmpty()) {
      bounds.add(parameter.object());
    }
    return bounds;
  }

  /** Phase 2 adds boxing (then widening) and unboxing (then widening). */
  private boolean boxes(ResolvedType from, ResolvedType to) {
    if (from.isPrimitive() && to.isTypeVariable()) {
      ResolvedType boxed = boxed(from.asPrimitive());
      return boxed == null || converts(boxed, to); // the box type unknown: as before, any variable
    }
    if (from.isPrimitive() && to.isWildcard()) {
      return true;
    }
    if (from.isPrimitive() && to.isReferenceType()) {
      if (to.isAssignableBy(from)) {
        return true; // the solver knows the box type itself, Number and Object
      }
      // Boxing then widening to any supertype of the box: Integer is a Serializable, a Comparable.
      ResolvedType boxed = boxed(from.asPrimitive());
      return boxed != null && converts(boxed, to);
    }
    if (from.isReferenceType() && to.isPrimitive()) {
      Optional<ResolvedType> unboxed = ResolvedPrimitiveType.byBoxTypeQName(from.asReferenceType().getQualifiedName());
      return unboxed.isPresent() && to.asPrimitive().isAssignableBy(unboxed.get());
    }
    return false;
  }

  /** The box type of a primitive ({@code Integer} for {@code int}), null if the solver lacks it. */
  private ResolvedType boxed(ResolvedPrimitiveType primitive) {
    ResolvedReferenceTypeDeclaration box =
        Guard.attempt(() -> facade.getTypeSolver().solveType(primitive.getBoxTypeQName()));
    return box == null ? null : new ReferenceTypeImpl(box);
  }

  /**
   * The one applicable method more specific than all others (JLS 15.12.2.5, by parameter types;
   * for a variable-arity invocation, by the parameter types each argument meets). The solver's
   * choice is kept when it has that method's parameter types; when no method is more specific than
   * all others, the call is ambiguous.
   */
  private static Choice mostSpecific(
      List<ResolvedMethodDeclaration> applicable, ResolvedMethodDeclaration chosen, int arity, boolean variableArity) {
    List<ResolvedMethodDeclaration> maximal = new ArrayList<>();
    for (ResolvedMethodDeclaration candidate : applicable) {
      boolean beaten = false;
      for (ResolvedMethodDeclaration other : applicable) {
        if (other != candidate
            && moreSpecific(other, candidate, arity, variableArity)
            && !moreSpecific(candidate, other, arity, variableArity)) {
          beaten = true;
          break;
        }
      }
      if (!beaten) {
        maximal.add(candidate);
      }
    }
    if (maximal.size() != 1) {
      return new Choice(null, true);
    }
    return Choice.of(chosen != null && sameSignature(maximal.get(0), chosen) ? chosen : maximal.get(0));
  }

  /**
   * Whether {@code a}'s parameters convert to {@code b}'s. For a variable-arity invocation with
   * {@code arity} arguments, the first {@code arity} parameter types of each, the varargs component
   * repeated, and one more when {@code b} has {@code arity + 1} parameters (JLS 15.12.2.5).
   */
  private static boolean moreSpecific(
      ResolvedMethodDeclaration a, ResolvedMethodDeclaration b, int arity, boolean variableArity) {
    if (!variableArity) {
      for (int i = 0; i < a.getNumberOfParams(); i++) {
        if (!converts(a.getParam(i).getType(), b.getParam(i).getType())) {
          return false;
        }
      }
      return true;
    }
    int compared = b.getNumberOfParams() == arity + 1 ? arity + 1 : arity;
    for (int i = 0; i < compared; i++) {
      if (!converts(variableArityParameter(a, i), variableArityParameter(b, i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameSignature(ResolvedMethodDeclaration a, ResolvedMethodDeclaration b) {
    return a.getName().equals(b.getName()) && TypeNames.parameterTypes(a).equals(TypeNames.parameterTypes(b));
  }
}
