package dev.stackcheck.resolve;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.TypeInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of class hierarchy analysis (S4.2) that overrides alone miss: a class C that is a
 * subtype of the receiver type may run an implementation it inherits from a superclass outside
 * the receiver's subtypes ({@code class C extends S implements I}: {@code S.m} implements
 * {@code I.m} for C, though S knows nothing of I). For each concrete source subtype of the
 * receiver, the nearest superclass method with the target's name and erased parameter types is
 * the one that runs. Answers are cached until files are replaced. Not thread-safe.
 */
final class InheritedImplementations {
  private final ByFile<TypeInfo> typesByName = new ByFile<>();
  private final ByFile<TypeInfo> subtypes = new ByFile<>();
  private final Map<List<String>, List<Body>> cache = new HashMap<>();

  /** Replaces files, as {@link Overriders#update}; forgets every cached answer. */
  void update(List<FileIndex> before, List<FileIndex> after) {
    for (FileIndex file : before) {
      for (TypeInfo type : file.types()) {
        typesByName.remove(type.name(), type);
        if (isConcreteClass(type)) {
          for (String ancestor : type.ancestors()) {
            subtypes.remove(ancestor, type);
          }
        }
      }
    }
    for (FileIndex file : after) {
      for (TypeInfo type : file.types()) {
        typesByName.add(type.name(), file.path(), type);
        if (isConcreteClass(type)) {
          for (String ancestor : type.ancestors()) {
            subtypes.add(ancestor, file.path(), type);
          }
        }
      }
    }
    cache.clear();
  }

  /**
   * Methods that subtypes of {@code receiverType} run for {@code target} and inherit from a class
   * that is not itself a subtype of the receiver type.
   */
  List<Body> of(String target, String receiverType) {
    return cache.computeIfAbsent(List.of(target, receiverType), key -> find(target, receiverType));
  }

  private List<Body> find(String target, String receiverType) {
    int open = target.indexOf('(');
    if (open < 0 || !target.endsWith(")")) {
      return List.of();
    }
    String name = target.substring(target.lastIndexOf('.', open) + 1, open);
    List<String> parameters = parameters(target.substring(open + 1, target.length() - 1));
    Set<Body> found = new LinkedHashSet<>();
    for (TypeInfo type : subtypes.get(receiverType)) {
      Body implementation = nearest(type, name, parameters);
      if (implementation != null && !implementation.type().isSubtypeOf(receiverType)) {
        found.add(implementation);
      }
    }
    return List.copyOf(found);
  }

  /** The implementation a concrete class runs: its own method, else the nearest superclass's. */
  private Body nearest(TypeInfo type, String name, List<String> parameters) {
    Body own = declared(type, name, parameters);
    if (own != null) {
      return own;
    }
    // Ancestors are in breadth-first order, so superclasses come nearest first.
    for (String ancestor : type.ancestors()) {
      TypeInfo superclass = typesByName.first(ancestor);
      if (superclass != null && !superclass.isInterface()) {
        Body inherited = declared(superclass, name, parameters);
        if (inherited != null) {
          return inherited;
        }
      }
    }
    return null;
  }

  private static Body declared(TypeInfo type, String name, List<String> parameters) {
    for (Body body : type.bodies()) {
      if (body.kind() == Body.Kind.METHOD
          && !body.isStatic()
          && !body.isPrivate()
          && !body.isAbstract()
          && body.name().equals(name)
          && comparable(body.parameterTypes()).equals(parameters)) {
        return body;
      }
    }
    return null;
  }

  static boolean isConcreteClass(TypeInfo type) {
    if (type.isInterface()) {
      return false;
    }
    return !(type.node() instanceof ClassOrInterfaceDeclaration declaration && declaration.isAbstract());
  }

  private static List<String> parameters(String list) {
    List<String> parameters = new ArrayList<>();
    if (!list.isBlank()) {
      for (String parameter : list.split(", ")) {
        parameters.add(TypeNames.comparable(parameter));
      }
    }
    return parameters;
  }

  private static List<String> comparable(List<String> types) {
    List<String> comparable = new ArrayList<>(types.size());
    for (String type : types) {
      comparable.add(TypeNames.comparable(type));
    }
    return comparable;
  }
}
