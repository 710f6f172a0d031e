package dev.stackcheck.api;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import dev.stackcheck.index.CallSite;

/** A short description of a call site for messages: {@code name(2 args)}, not the whole expression. */
final class CallText {
  private CallText() {}

  static String of(CallSite site) {
    if (site.node() instanceof MethodCallExpr call) {
      String scope = call.getScope().map(s -> shorten(s.toString()) + ".").orElse("");
      return scope + call.getNameAsString() + args(call.getArguments().size());
    }
    if (site.node() instanceof ObjectCreationExpr creation) {
      return "new " + creation.getType().getNameAsString() + args(creation.getArguments().size());
    }
    if (site.node() instanceof MethodReferenceExpr reference) {
      return shorten(reference.getScope().toString()) + "::" + reference.getIdentifier();
    }
    if (site.node() instanceof ExplicitConstructorInvocationStmt invocation) {
      return (invocation.isThis() ? "this" : "super") + args(invocation.getArguments().size());
    }
    return site.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String args(int count) {
    return "(" + count + (count == 1 ? " arg)" : " args)");
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() > 40 ? flat.substring(0, 37) + "..." : flat;
  }
}
