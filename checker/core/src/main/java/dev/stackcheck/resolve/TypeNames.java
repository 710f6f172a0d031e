package dev.stackcheck.resolve;

import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedParameterDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedTypeParameterDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.ArrayList;
import java.util.List;

/**
 * Erased, qualified names of resolved types, and signatures of methods declared outside the
 * analyzed sources. These strings are the keys that join source calls, classpath annotations and
 * overrides, so they are built here and nowhere else ({@code toDescriptor()} is unreliable). Stateless.
 */
public final class TypeNames {
  private TypeNames() {}

  /** {@code java.util.List} for {@code List<String>}, {@code java.lang.Object} for an unbounded {@code T}. */
  public static String erased(ResolvedType type) {
    if (type.isPrimitive()) {
      return type.asPrimitive().describe();
    }
    if (type.isVoid()) {
      return "void";
    }
    if (type.isArray()) {
      return erased(type.asArrayType().getComponentType()) + "[]";
    }
    if (type.isReferenceType()) {
      return type.asReferenceType().getQualifiedName();
    }
    if (type.isTypeVariable()) {
      return erasedBound(type.asTypeParameter(), 0);
    }
    if (type.isWildcard()) {
      return type.asWildcard().isExtends() ? erased(type.asWildcard().getBoundedType()) : "java.lang.Object";
    }
    return type.describe();
  }

  private static String erasedBound(ResolvedTypeParameterDeclaration parameter, int depth) {
    if (depth > 16 || parameter.getBounds().isEmpty()) {
      return "java.lang.Object";
    }
    ResolvedType bound = parameter.getBounds().get(0).getType();
    if (bound.isTypeVariable()) {
      return erasedBound(bound.asTypeParameter(), depth + 1);
    }
    return erased(bound);
  }

  /** The erased parameter types of a method or constructor; a varargs parameter is written {@code T...}. */
  public static List<String> parameterTypes(ResolvedMethodLikeDeclaration declaration) {
    int count = declaration.getNumberOfParams();
    List<String> types = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ResolvedParameterDeclaration parameter = declaration.getParam(i);
      ResolvedType type = parameter.getType();
      if (parameter.isVariadic() && type.isArray()) {
        types.add(erased(type.asArrayType().getComponentType()) + "...");
      } else {
        types.add(erased(type));
      }
    }
    return types;
  }

  /** {@code pkg.Type.name(p1, p2)}; constructors are named after their class. */
  public static String signature(String typeName, String name, List<String> parameterTypes) {
    return typeName + "." + name + "(" + String.join(", ", parameterTypes) + ")";
  }

  /** The signature of a method or constructor declared outside the analyzed sources. */
  public static String externalSignature(ResolvedMethodLikeDeclaration declaration) {
    String typeName = declaration.declaringType().getQualifiedName();
    String name =
        declaration instanceof ResolvedConstructorDeclaration
            ? declaration.declaringType().getName()
            : declaration.getName();
    return signature(typeName, name, parameterTypes(declaration));
  }

  /** Compares parameter types ignoring the difference between {@code T...} and {@code T[]}. */
  public static String comparable(String parameterType) {
    return parameterType.endsWith("...")
        ? parameterType.substring(0, parameterType.length() - 3) + "[]"
        : parameterType;
  }
}
