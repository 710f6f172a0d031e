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
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks the symbol solver's choice among overloads against the first two phases of JLS 15.12.2:
 * a method applicable without boxing (phase 1) wins over one that needs boxing or unboxing
 * (phase 2), and arrays of primitives convert to nothing but themselves. The solver applies one
 * loose test to every candidate and widens {@code float[]} to {@code double[]}; its tie-breaking
 * then depends on the iteration order of a hash set, so its answer could change from run to run.
 * Only calls whose argument types are all known (no lambdas or method references), some of them
 * primitive, boxed, arrays or null, or overloads with a type-variable parameter, to overloaded
 * methods outside the JDK are checked, and the solver's choice is replaced only by a unique most
 * specific overload of the earliest phase. A type variable stands for its bounds: the solver
 * treats {@code <T extends Number> id(T)} and {@code <T> id(T)} as equally specific and picks
 * either, where javac picks the bounded one.
 * Caches the overloads of each type for one run. Not thread-safe.
 */
final class Overloads {
  private final JavaParserFacade facade;
  /**
   * Candidates per declaring type, method name and arity: source types by their tree (by identity:
   * a node's hash code walks its whole subtree), compiled types by name.
   */
  private final Map<Node, Map<String, List<ResolvedMethodDeclaration>>> sourceCandidates = new IdentityHashMap<>();
  private final Map<String, Map<String, List<ResolvedMethodDeclaration>>> compiledCandidates = new HashMap<>();

  Overloads(JavaParserFacade facade) {
    this.facade = facade;
  }

  /** The overload javac picks for {@code call}; {@code chosen} is the solver's (null if it failed). */
  ResolvedMethodDeclaration refine(MethodCallExpr call, ResolvedMethodDeclaration chosen) {
    if (call.getArguments().stream().anyMatch(a -> a instanceof LambdaExpr || a instanceof MethodReferenceExpr)) {
      return chosen;
    }
    ResolvedReferenceTypeDeclaration owner = chosen != null ? chosen.declaringType() : receiver(call);
    if (owner == null || TypeSolvers.JDK.test(owner.getQualifiedName())) {
      return chosen; // JDK methods carry no annotations: which overload is called does not matter
    }
    List<ResolvedMethodDeclaration> candidates = candidates(owner, call.getNameAsString(), call.getArguments().size());
    if (candidates.size() < 2) {
      return chosen;
    }
    List<ResolvedType> arguments = new ArrayList<>();
    for (Expression argument : call.getArguments()) {
      // Without solving lambdas: the type the solver computed (and cached on the node) while solving the call.
      ResolvedType type = Guard.attempt(() -> facade.getType(argument, false));
      if (type == null) {
        return chosen;
      }
      arguments.add(type);
    }
    if (arguments.stream().noneMatch(Overloads::phaseSensitive)
        && candidates.stream().noneMatch(Overloads::hasTypeVariableParameter)) {
      // Reference arguments alone are applicable in the same way in both phases, and the solver
      // orders overloads by their declared (non-generic) parameter types as javac does.
      return chosen;
    }
    for (boolean boxing : new boolean[] {false, true}) {
      List<ResolvedMethodDeclaration> applicable = new ArrayList<>();
      for (ResolvedMethodDeclaration candidate : candidates) {
        if (applicable(candidate, arguments, boxing)) {
          applicable.add(candidate);
        }
      }
      if (!applicable.isEmpty()) {
        return mostSpecific(applicable, chosen);
      }
    }
    return chosen;
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
   * Fixed-arity methods with this name and arity that are members of {@code owner}: declared in it
   * or inherited (not private) from its supertypes, where a declaration hides or overrides the
   * same parameter types further up; in a stable order. Overloads split between a class and its
   * superclass compete as javac sees them ({@code C.pin(T)} and the inherited {@code <T extends
   * Number> P.pin(T)}).
   */
  private List<ResolvedMethodDeclaration> candidates(ResolvedReferenceTypeDeclaration owner, String name, int arity) {
    Node tree = owner.toAst().orElse(null);
    Map<String, List<ResolvedMethodDeclaration>> byName =
        tree != null
            ? sourceCandidates.computeIfAbsent(tree, k -> new HashMap<>())
            : compiledCandidates.computeIfAbsent(owner.getQualifiedName(), k -> new HashMap<>());
    return byName.computeIfAbsent(name + "/" + arity, k -> {
      Map<String, ResolvedMethodDeclaration> bySignature = new TreeMap<>();
      for (ResolvedReferenceTypeDeclaration type : withSupertypes(owner)) {
        for (ResolvedMethodDeclaration method : type.getDeclaredMethods()) {
          if (method.getName().equals(name)
              && method.getNumberOfParams() == arity
              && !method.hasVariadicParameter()
              && (type == owner || method.accessSpecifier() != AccessSpecifier.PRIVATE)) {
            bySignature.putIfAbsent(TypeNames.parameterTypes(method).toString(), method);
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
   * The one applicable method more specific than all others (JLS 15.12.2.5, by parameter types).
   * The solver's choice is kept when it is among the most specific, or when none is unique.
   */
  private static ResolvedMethodDeclaration mostSpecific(
      List<ResolvedMethodDeclaration> applicable, ResolvedMethodDeclaration chosen) {
    List<ResolvedMethodDeclaration> maximal = new ArrayList<>();
    for (ResolvedMethodDeclaration candidate : applicable) {
      boolean beaten = false;
      for (ResolvedMethodDeclaration other : applicable) {
        if (other != candidate && moreSpecific(other, candidate) && !moreSpecific(candidate, other)) {
          beaten = true;
          break;
        }
      }
      if (!beaten) {
        maximal.add(candidate);
      }
    }
    maximal.sort(Comparator.comparing(ResolvedMethodDeclaration::getQualifiedSignature));
    if (chosen != null && maximal.stream().anyMatch(m -> sameSignature(m, chosen))) {
      return chosen;
    }
    return maximal.size() == 1 ? maximal.get(0) : chosen;
  }

  private static boolean moreSpecific(ResolvedMethodDeclaration a, ResolvedMethodDeclaration b) {
    for (int i = 0; i < a.getNumberOfParams(); i++) {
      if (!converts(a.getParam(i).getType(), b.getParam(i).getType())) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameSignature(ResolvedMethodDeclaration a, ResolvedMethodDeclaration b) {
    return a.getName().equals(b.getName()) && TypeNames.parameterTypes(a).equals(TypeNames.parameterTypes(b));
  }
}
