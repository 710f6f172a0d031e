package dev.stackcheck.crosscheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The class files of a corpus (read with code) and the class hierarchy around them: the corpus's
 * dependencies and the running JDK are read on demand, headers only. Answers the JVM's questions
 * of method resolution (JVMS 5.4.3.3-4) and selection (5.4.6). Not thread-safe.
 */
final class ClassFiles {
  /** Corpus classes by internal name, sorted so that every walk over them is deterministic. */
  final Map<String, ClassNode> corpus = new TreeMap<>();

  private final Map<String, ClassNode> external = new HashMap<>();
  private final Map<String, Set<String>> ancestors = new HashMap<>();
  private final Map<String, List<String>> subtypes = new HashMap<>();
  private final ClassLoader dependencies;

  ClassFiles(Corpus corpus) {
    List<URL> urls = new ArrayList<>();
    for (Path jar : corpus.classpath()) {
      try {
        urls.add(jar.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException(jar.toString(), e);
      }
    }
    // The platform loader sees the JDK but not the test classpath (which holds another Guava).
    this.dependencies = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    try (Stream<Path> files = Files.walk(corpus.classes())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        ClassNode node = new ClassNode();
        new ClassReader(Files.readAllBytes(file)).accept(node, 0);
        this.corpus.put(node.name, node);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String name : this.corpus.keySet()) {
      subtypes.computeIfAbsent(name, n -> new ArrayList<>()).add(name);
      for (String ancestor : ancestors(name)) {
        subtypes.computeIfAbsent(ancestor, n -> new ArrayList<>()).add(name);
      }
    }
  }

  boolean inCorpus(String internalName) {
    return corpus.containsKey(internalName);
  }

  /** A class of the corpus, a dependency or the JDK; null if none has it. */
  ClassNode node(String internalName) {
    ClassNode node = corpus.get(internalName);
    if (node != null || internalName.startsWith("[")) {
      return node;
    }
    if (external.containsKey(internalName)) {
      return external.get(internalName);
    }
    try (InputStream in = dependencies.getResourceAsStream(internalName + ".class")) {
      if (in != null) {
        node = new ClassNode();
        new ClassReader(in).accept(node, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    external.put(internalName, node);
    return node;
  }

  boolean isInterface(String internalName) {
    ClassNode node = node(internalName);
    return node != null && (node.access & Opcodes.ACC_INTERFACE) != 0;
  }

  /** Every supertype, transitively (not the class itself). */
  Set<String> ancestors(String internalName) {
    Set<String> known = ancestors.get(internalName);
    if (known != null) {
      return known;
    }
    Set<String> result = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(directSupertypes(internalName));
    while (!queue.isEmpty()) {
      String next = queue.poll();
      if (result.add(next)) {
        queue.addAll(directSupertypes(next));
      }
    }
    ancestors.put(internalName, result);
    return result;
  }

  private List<String> directSupertypes(String internalName) {
    ClassNode node = node(internalName);
    List<String> direct = new ArrayList<>();
    if (node != null) {
      if (node.superName != null) {
        direct.add(node.superName);
      }
      direct.addAll(node.interfaces);
    }
    return direct;
  }

  /** Corpus classes that are the type itself or one of its subtypes, in name order. */
  List<String> corpusSubtypes(String internalName) {
    return subtypes.getOrDefault(internalName, List.of());
  }

  /** The type itself or one of its subtypes. */
  boolean isSubtype(String type, String supertype) {
    return type.equals(supertype) || ancestors(type).contains(supertype);
  }

  static MethodNode declared(ClassNode node, String name, String desc) {
    for (MethodNode method : node.methods) {
      if (method.name.equals(name) && method.desc.equals(desc)) {
        return method;
      }
    }
    return null;
  }

  /** JVM method resolution from a symbolic reference's class; null if it does not resolve. */
  MethodRef resolve(String owner, String name, String desc) {
    ClassNode start = node(owner);
    if (start == null) {
      return null;
    }
    boolean isInterface = (start.access & Opcodes.ACC_INTERFACE) != 0;
    if (isInterface) {
      MethodNode own = declared(start, name, desc);
      if (own != null) {
        return new MethodRef(owner, name, desc);
      }
      MethodNode inObject = declared(node("java/lang/Object"), name, desc);
      if (inObject != null && (inObject.access & Opcodes.ACC_PUBLIC) != 0) {
        return new MethodRef("java/lang/Object", name, desc);
      }
      return maximallySpecific(owner, name, desc, false);
    }
    for (String type = owner; type != null; ) {
      ClassNode node = node(type);
      if (node == null) {
        return null;
      }
      if (declared(node, name, desc) != null) {
        return new MethodRef(type, name, desc);
      }
      type = node.superName;
    }
    return maximallySpecific(owner, name, desc, false);
  }

  /**
   * The method that runs when {@code name desc} is invoked virtually on an instance of exactly
   * {@code type}: the nearest declaration in its superclass chain, else the maximally specific
   * default method of its superinterfaces. Null if none (an abstract class without one).
   */
  MethodRef select(String type, String name, String desc) {
    for (String current = type; current != null; ) {
      ClassNode node = node(current);
      if (node == null) {
        return null;
      }
      MethodNode method = declared(node, name, desc);
      if (method != null && (method.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0) {
        return new MethodRef(current, name, desc);
      }
      current = node.superName;
    }
    return maximallySpecific(type, name, desc, true);
  }

  /** Among the superinterfaces' declarations, one that no other one's declaring interface extends. */
  private MethodRef maximallySpecific(String type, String name, String desc, boolean concreteOnly) {
    List<String> declaring = new ArrayList<>();
    for (String ancestor : ancestors(type)) {
      ClassNode node = node(ancestor);
      if (node == null || (node.access & Opcodes.ACC_INTERFACE) == 0) {
        continue;
      }
      MethodNode method = declared(node, name, desc);
      if (method != null
          && (method.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0
          && (!concreteOnly || (method.access & Opcodes.ACC_ABSTRACT) == 0)) {
        declaring.add(ancestor);
      }
    }
    for (String candidate : declaring) {
      boolean overridden = false;
      for (String other : declaring) {
        if (!other.equals(candidate) && ancestors(other).contains(candidate)) {
          overridden = true;
          break;
        }
      }
      if (!overridden) {
        return new MethodRef(candidate, name, desc);
      }
    }
    return null;
  }
}
