package dev.stackcheck.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.TypeInfo;

/**
 * Maps the symbol solver's declarations back to the analyzed code: a declaration that lives in our
 * trees becomes its {@link Body}; anything else is named by {@link TypeNames#externalSignature}.
 * Not thread-safe.
 */
final class Declarations {
  private final SymbolIndex symbols;

  Declarations(SymbolIndex symbols) {
    this.symbols = symbols;
  }

  /** The body of a method or constructor declared in the sources, or null if it is external. */
  Body body(ResolvedMethodLikeDeclaration declaration) {
    Node node = Guard.attempt(() -> declaration.toAst().orElse(null));
    if (node != null) {
      Body body = symbols.body(node);
      if (body != null) {
        return body;
      }
      if (node instanceof RecordDeclaration record && !(declaration instanceof ResolvedConstructorDeclaration)) {
        return implicitAccessor(record, declaration.getName()); // the solver's tree for it is the record's
      }
    }
    if (declaration instanceof ResolvedConstructorDeclaration) {
      // Implicit constructors (default, canonical) have no tree of their own, and the solver
      // does not map a record's canonical constructor to its compact declaration.
      TypeInfo type = Guard.attempt(() -> type(declaration.declaringType()));
      if (type != null) {
        int arity = declaration.getNumberOfParams();
        for (Body constructor : SymbolIndex.constructors(type)) {
          boolean implicitParameters =
              constructor.kind() == Body.Kind.DEFAULT_CONSTRUCTOR || constructor.node() instanceof CompactConstructorDeclaration;
          if (implicitParameters && constructor.parameterNames().size() == arity) {
            return constructor;
          }
        }
      }
    }
    return null;
  }

  /** The accessor javac writes for a record's component {@code name}, or null. */
  private Body implicitAccessor(RecordDeclaration record, String name) {
    for (Parameter component : record.getParameters()) {
      if (component.getNameAsString().equals(name)) {
        return symbols.body(component);
      }
    }
    return null;
  }

  /** The source type behind a resolved type declaration, or null if it is external. */
  TypeInfo type(ResolvedReferenceTypeDeclaration declaration) {
    Node node = Guard.attempt(() -> declaration.toAst().orElse(null));
    return node == null ? null : symbols.type(node);
  }

  /** The signature under which a method is known: its body's, or its external signature; null if unnameable. */
  String signature(ResolvedMethodLikeDeclaration declaration) {
    Body body = body(declaration);
    if (body != null) {
      return body.signature();
    }
    return Guard.attempt(() -> TypeNames.externalSignature(declaration));
  }

  /**
   * A resolved type's name as the graph knows it: ours for source types (the solver names a local
   * class {@code pkg.A.Local}, we name it {@code pkg.A.m()$Local}), the qualified name otherwise.
   */
  String typeName(ResolvedReferenceType type) {
    ResolvedReferenceTypeDeclaration declaration = type.getTypeDeclaration().orElse(null);
    TypeInfo source = declaration == null ? null : type(declaration);
    return source != null ? source.name() : type.getQualifiedName();
  }

  /** The declaring type's name as the graph knows it (ours for source types). */
  String typeName(ResolvedMethodLikeDeclaration declaration) {
    Body body = body(declaration);
    if (body != null) {
      return body.type().name();
    }
    return Guard.attempt(() -> declaration.declaringType().getQualifiedName());
  }
}
