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
   * the static type its {@code iterator()} returns. Over an array it calls nothing. Each call
   * names the method javac would call, as a written call does: the nearest declaration when it
   * is in the sources (so a {@code @SystemStack} {@code iterator()} of the iterable's own type is
   * called, not reached by dispatch, S7.2), the JDK's interface method otherwise.
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
    ResolvedReferenceType iterableType = iterable.asReferenceType();
    ResolvedMethodDeclaration iterator = Guard.attempt(() -> nearest(iterableType, "iterator"));
    ResolvedType returned = iterator == null ? null : Guard.attempt(iterator::getReturnType);
    ResolvedReferenceType iteratorType = returned != null && returned.isReferenceType() ? returned.asReferenceType() : null;
    ResolvedMethodDeclaration hasNext = iteratorType == null ? null : Guard.attempt(() -> nearest(iteratorType, "hasNext"));
    ResolvedMethodDeclaration next = iteratorType == null ? null : Guard.attempt(() -> nearest(iteratorType, "next"));
    String iteratorName = iteratorType != null ? receiverName(iteratorType) : "java.util.Iterator";
    return Resolution.precise(
        List.of(
            new Target(signature(iterator, ITERATOR), false, true, receiverName(iterableType)),
            new Target(signature(hasNext, HAS_NEXT), false, true, iteratorName),
            new Target(signature(next, NEXT), false, true, iteratorName)));
  }

  /** A source method's signature; the JDK interface method's for anything else. */
  private String signature(ResolvedMethodDeclaration method, String jdkMethod) {
    if (method == null || context.declarations().body(method) == null) {
      return jdkMethod;
    }
    String signature = context.declarations().signature(method);
    return signature != null ? signature : jdkMethod;
  }

  private String receiverName(ResolvedReferenceType type) {
    String name = Guard.attempt(() -> context.declarations().typeName(type));
    return name != null ? name : type.getQualifiedName();
  }

  /**
   * The declaration of the no-argument method {@code name} that a call on {@code type} names: the
   * type's own, else the nearest superclass's, else an interface's.
   */
  static ResolvedMethodDeclaration nearest(ResolvedReferenceType type, String name) {
    List<ResolvedReferenceType> classes = new ArrayList<>();
    List<ResolvedReferenceType> interfaces = new ArrayList<>();
    classes.add(type);
    for (ResolvedReferenceType ancestor : type.getAllAncestors()) {
      boolean isInterface = ancestor.getTypeDeclaration().map(d -> d.isInterface()).orElse(false);
      (isInterface ? interfaces : classes).add(ancestor);
    }
    classes.addAll(interfaces);
    for (ResolvedReferenceType candidate : classes) {
      for (ResolvedMethodDeclaration method : candidate.getTypeDeclaration().map(d -> d.getDeclaredMethods()).orElse(Set.of())) {
        if (method.getName().equals(name) && method.getNumberOfParams() == 0) {
          return method;
        }
      }
    }
    return null;
  }
}
