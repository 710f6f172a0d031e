package dev.stackcheck.resolve;

import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.index.Resolution.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Resolves the calls an enhanced {@code for} makes without writing them: javac compiles
 * {@code for (T x : iterable)} into {@code iterable.iterator()} and {@code hasNext()}/{@code next()}
 * on the result, so a {@code @SystemStack} iterator is reached through a loop. Not thread-safe.
 */
final class EnhancedFor {
  private final ResolutionContext context;

  EnhancedFor(ResolutionContext context) {
    this.context = context;
  }

  private static final String ITERATOR = "java.lang.Iterable.iterator()";
  private static final String HAS_NEXT = "java.util.Iterator.hasNext()";
  private static final String NEXT = "java.util.Iterator.next()";

  /**
   * The targets of one loop: {@code for (T x : iterable)} runs {@code iterable.iterator()}, then {@code hasNext()} and
   * {@code next()} on the iterator: virtual calls bounded by the iterable's static type and by
   * the static type its {@code iterator()} returns. Over an array it calls nothing.
   */
  Resolution resolve(ForEachStmt loop) {
    ResolvedType iterable = Guard.attempt(() -> context.facade().getType(loop.getIterable()));
    String reason = Guard.lastFailure();
    if (iterable != null && iterable.isArray()) {
      return Resolution.precise(List.of());
    }
    if (iterable == null || !iterable.isReferenceType()) {
      List<Target> targets = new ArrayList<>();
      for (String name : List.of("iterator", "hasNext", "next")) {
        targets.addAll(context.fallback().call(name, 0, context.fallback().methods(name, 0), reason).targets());
      }
      return new Resolution(targets.isEmpty() ? Resolution.Status.UNRESOLVED : Resolution.Status.FALLBACK, targets, reason);
    }
    String iterableType = iterable.asReferenceType().getQualifiedName();
    String iteratorType = Guard.attempt(() -> iteratorType(iterable.asReferenceType()));
    return Resolution.precise(
        List.of(
            new Target(ITERATOR, false, true, iterableType),
            new Target(HAS_NEXT, false, true, iteratorType != null ? iteratorType : "java.util.Iterator"),
            new Target(NEXT, false, true, iteratorType != null ? iteratorType : "java.util.Iterator")));
  }

  /** The erased type that {@code iterator()} returns on this iterable type: the nearest declaration's. */
  private static String iteratorType(ResolvedReferenceType iterable) {
    List<ResolvedReferenceType> types = new ArrayList<>();
    types.add(iterable);
    types.addAll(iterable.getAllAncestors());
    for (ResolvedReferenceType type : types) {
      for (ResolvedMethodDeclaration method : type.getTypeDeclaration().map(d -> d.getDeclaredMethods()).orElse(Set.of())) {
        if (method.getName().equals("iterator") && method.getNumberOfParams() == 0) {
          return TypeNames.erased(method.getReturnType());
        }
      }
    }
    return null;
  }
}
