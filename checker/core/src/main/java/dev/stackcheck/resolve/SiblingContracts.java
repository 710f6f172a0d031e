package dev.stackcheck.resolve;

import dev.stackcheck.index.Body;
import dev.stackcheck.index.TypeInfo;

/**
 * S3.2 when a type inherits one method from two supertypes ({@code interface Both extends Other,
 * Op}, or {@code class C extends S implements Op}) and only one of them, {@code Op.apply()}, is
 * {@code @SystemStack}: the solver resolves {@code both.apply()}, and the functional method of a
 * lambda typed {@code Both}, to either declaration, but the method a {@code Both} runs implements
 * {@code Op.apply()} in any case. Stateless.
 */
final class SiblingContracts {
  private SiblingContracts() {}

  /**
   * The {@code @SystemStack} method with the same name and parameter types as {@code signature}
   * that {@code type} or one of its ancestors in the sources declares, if {@code signature} is not
   * {@code @SystemStack} itself; else null.
   */
  static String systemStackSibling(ResolutionContext context, String signature, String type) {
    if (signature == null || type == null || isSystemStack(context, signature)) {
      return null;
    }
    TypeInfo receiver = context.symbols().typeNamed(type);
    if (receiver == null) {
      return null;
    }
    int open = signature.indexOf('(');
    int dot = open < 0 ? -1 : signature.lastIndexOf('.', open);
    if (dot < 0) {
      return null;
    }
    String member = signature.substring(dot);
    String own = receiver.name() + member;
    if (isSystemStack(context, own)) {
      return own;
    }
    for (String ancestor : receiver.ancestors()) {
      String candidate = ancestor + member;
      if (!candidate.equals(signature) && isSystemStack(context, candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean isSystemStack(ResolutionContext context, String signature) {
    Body body = context.symbols().bodyWithSignature(signature);
    return body != null ? body.systemStack() && !body.isStatic() : context.classpath().isSystemStack(signature);
  }
}
