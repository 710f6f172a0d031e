package dev.stackcheck.resolve;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.index.Resolution.Target;
import java.util.List;

/**
 * Resolves the call a {@code try}-with-resources statement makes without writing it: javac closes
 * each resource with {@code resource.close()} (JLS 14.20.3), so a {@code @SystemStack close()} is
 * reached by leaving the block. Not thread-safe.
 */
final class TryResources {
  private static final String CLOSE = "java.lang.AutoCloseable.close()";

  private final ResolutionContext context;

  TryResources(ResolutionContext context) {
    this.context = context;
  }

  /**
   * The target of one resource ({@code Res r = ...} or an effectively final {@code r}): a virtual
   * call of the {@code close()} that the resource's static type declares or inherits, bounded by
   * that type, as if written {@code r.close()}.
   */
  Resolution resolve(Expression resource) {
    ResolvedType type = Guard.attempt(() -> staticType(resource));
    String reason = Guard.lastFailure();
    if (type == null || !type.isReferenceType()) {
      List<Body> candidates = context.fallback().methods("close", 0);
      return context.fallback().call("close", 0, candidates, reason);
    }
    ResolvedReferenceType closeable = type.asReferenceType();
    ResolvedMethodDeclaration close = Guard.attempt(() -> EnhancedFor.nearest(closeable, "close"));
    String signature = close == null ? null : context.declarations().signature(close);
    String receiver = Guard.attempt(() -> context.declarations().typeName(closeable));
    return Resolution.precise(
        List.of(
            new Target(
                signature != null ? signature : CLOSE,
                false,
                true,
                receiver != null ? receiver : closeable.getQualifiedName())));
  }

  /** The declared type of a resource variable ({@code var}: its initializer's), else the expression's. */
  private ResolvedType staticType(Expression resource) {
    if (resource instanceof VariableDeclarationExpr declaration) {
      VariableDeclarator variable = declaration.getVariable(0);
      if (variable.getType().isVarType()) {
        return variable.getInitializer().map(context.facade()::getType).orElse(null);
      }
      return context.facade().convertToUsage(variable.getType());
    }
    return context.facade().getType(resource);
  }
}
