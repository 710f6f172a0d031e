package dev.stackcheck.resolve;

import com.github.javaparser.ast.Node;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lookups over the bodies and types of all analyzed files: by AST node (to map the solver's
 * answers back to bodies), by signature, and by name (for the fallback). Built once per run after
 * signatures are assigned. Not thread-safe.
 */
final class SymbolIndex {
  private final Map<Node, Body> bodyByNode = new IdentityHashMap<>();
  private final Map<Node, TypeInfo> typeByNode = new IdentityHashMap<>();
  private final Map<String, Body> bodyBySignature = new HashMap<>();
  private final Map<String, TypeInfo> typeByName = new HashMap<>();
  private final Map<String, List<Body>> methodsByName = new HashMap<>();
  private final Map<String, List<TypeInfo>> typesBySimpleName = new HashMap<>();

  private final ResolutionTracker tracker;

  /** Indexes {@code files}; lookups by name are reported to {@code tracker} as dependencies. */
  SymbolIndex(List<FileIndex> files, ResolutionTracker tracker) {
    this.tracker = tracker;
    for (FileIndex file : files) {
      for (TypeInfo type : file.types()) {
        typeByNode.put(type.node(), type);
        typeByName.putIfAbsent(type.name(), type);
        typesBySimpleName.computeIfAbsent(type.simpleName(), n -> new ArrayList<>()).add(type);
      }
      for (Body body : file.bodies()) {
        if (body.kind() == Body.Kind.METHOD
            || body.kind() == Body.Kind.CONSTRUCTOR
            || body.kind() == Body.Kind.LAMBDA) {
          bodyByNode.putIfAbsent(body.node(), body);
        }
        bodyBySignature.putIfAbsent(body.signature(), body);
        if (body.kind() == Body.Kind.METHOD) {
          methodsByName.computeIfAbsent(body.name(), n -> new ArrayList<>()).add(body);
        }
      }
    }
  }

  /** The method, constructor or lambda declared by this node, or null. */
  Body body(Node declaration) {
    return bodyByNode.get(declaration);
  }

  /** The type declared by this node (TypeDeclaration, anonymous ObjectCreationExpr, enum constant), or null. */
  TypeInfo type(Node declaration) {
    return typeByNode.get(declaration);
  }

  Body bodyWithSignature(String signature) {
    return bodyBySignature.get(signature);
  }

  TypeInfo typeNamed(String qualifiedName) {
    return typeByName.get(qualifiedName);
  }

  List<Body> methodsNamed(String name) {
    tracker.dependsOn(ResolutionTracker.methodKey(name));
    return methodsByName.getOrDefault(name, List.of());
  }

  /** Names of all methods declared in the sources. */
  java.util.Set<String> methodNames() {
    return methodsByName.keySet();
  }

  /** Simple names of all types declared in the sources. */
  java.util.Set<String> typeSimpleNames() {
    return typesBySimpleName.keySet();
  }

  List<TypeInfo> typesWithSimpleName(String simpleName) {
    tracker.dependsOn(ResolutionTracker.simpleTypeKey(simpleName));
    return typesBySimpleName.getOrDefault(simpleName, List.of());
  }

  /** The constructors of a type, explicit or implicit. */
  static List<Body> constructors(TypeInfo type) {
    List<Body> constructors = new ArrayList<>();
    for (Body body : type.bodies()) {
      if (body.kind() == Body.Kind.CONSTRUCTOR || body.kind() == Body.Kind.DEFAULT_CONSTRUCTOR) {
        constructors.add(body);
      }
    }
    return constructors;
  }
}
