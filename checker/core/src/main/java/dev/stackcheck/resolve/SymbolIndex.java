package dev.stackcheck.resolve;

import com.github.javaparser.ast.Node;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.TypeInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lookups over the bodies and types of all analyzed files: by AST node (to map the solver's
 * answers back to bodies), by signature, and by name (for the fallback). Brought up to date with
 * the files of a run after their signatures are assigned ({@link #sync}): a one-shot run builds
 * it once; a workspace keeps it (as {@link Symbols}) and replaces only the files that changed.
 * Answers are those of an index built afresh over the same files, in the same order. Not
 * thread-safe.
 */
final class SymbolIndex {
  private final Map<Node, Body> bodyByNode = new IdentityHashMap<>();
  private final Map<Node, TypeInfo> typeByNode = new IdentityHashMap<>();
  private final ByFile<Body> bodyBySignature = new ByFile<>();
  private final ByFile<TypeInfo> typeByName = new ByFile<>();
  private final ByFile<Body> methodsByName = new ByFile<>();
  private final ByFile<TypeInfo> typesBySimpleName = new ByFile<>();
  private final Map<Path, FileIndex> held = new HashMap<>();

  private ResolutionTracker tracker = ResolutionTracker.NONE;

  /** Makes this the index of exactly {@code files}, reporting lookups by name to {@code tracker}. */
  void sync(List<FileIndex> files, ResolutionTracker tracker) {
    this.tracker = tracker;
    for (FileIndex file : files) {
      FileIndex old = held.put(file.path(), file);
      if (old != file) {
        if (old != null) {
          remove(old);
        }
        add(file);
      }
    }
    if (held.size() > files.size()) {
      Set<Path> now = new HashSet<>();
      files.forEach(file -> now.add(file.path()));
      for (FileIndex gone : new ArrayList<>(held.values())) {
        if (!now.contains(gone.path())) {
          held.remove(gone.path());
          remove(gone);
        }
      }
    }
  }

  private void add(FileIndex file) {
    for (TypeInfo type : file.types()) {
      typeByNode.put(type.node(), type);
      typeByName.add(type.name(), file.path(), type);
      typesBySimpleName.add(type.simpleName(), file.path(), type);
    }
    for (Body body : file.bodies()) {
      if (indexedByNode(body)) {
        bodyByNode.putIfAbsent(body.node(), body);
      }
      bodyBySignature.add(body.signature(), file.path(), body);
      if (body.kind() == Body.Kind.METHOD) {
        methodsByName.add(body.name(), file.path(), body);
      }
    }
  }

  private void remove(FileIndex file) {
    for (TypeInfo type : file.types()) {
      typeByNode.remove(type.node(), type);
      typeByName.remove(type.name(), type);
      typesBySimpleName.remove(type.simpleName(), type);
    }
    for (Body body : file.bodies()) {
      if (indexedByNode(body)) {
        bodyByNode.remove(body.node(), body);
      }
      bodyBySignature.remove(body.signature(), body);
      if (body.kind() == Body.Kind.METHOD) {
        methodsByName.remove(body.name(), body);
      }
    }
  }

  private static boolean indexedByNode(Body body) {
    return body.kind() == Body.Kind.METHOD || body.kind() == Body.Kind.CONSTRUCTOR || body.kind() == Body.Kind.LAMBDA;
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
    return bodyBySignature.first(signature);
  }

  TypeInfo typeNamed(String qualifiedName) {
    return typeByName.first(qualifiedName);
  }

  List<Body> methodsNamed(String name) {
    tracker.dependsOn(ResolutionTracker.methodKey(name));
    return methodsByName.get(name);
  }

  /** Names of all methods declared in the sources. */
  Set<String> methodNames() {
    return methodsByName.keys();
  }

  /** Simple names of all types declared in the sources. */
  Set<String> typeSimpleNames() {
    return typesBySimpleName.keys();
  }

  List<TypeInfo> typesWithSimpleName(String simpleName) {
    tracker.dependsOn(ResolutionTracker.simpleTypeKey(simpleName));
    return typesBySimpleName.get(simpleName);
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
