package dev.stackcheck.crosscheck;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.TypeInfo;
import dev.stackcheck.resolve.TypeNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Maps the methods of the class files to the source bodies they were compiled from. Named
 * classes by name; anonymous and local classes by their enclosing class and the source lines
 * their code comes from; methods by name and descriptor converted to our signature form;
 * constructors after dropping javac's synthetic parameters (outer instance, enum name and
 * ordinal, captured variables); javac's lambda methods ({@code lambda$m$N}, numbered differently
 * from ours) by the body that creates them and the lines of their code.
 *
 * <p>Methods javac adds without a source body are <em>transparent</em>: bridges, accessors
 * ({@code access$000}), constructors of anonymous classes and enum-constant bodies, the lambda
 * methods javac writes for some method references, enum {@code values()}/{@code valueOf}. An
 * edge into one stands for the edges out of it.
 */
final class BodyMapping {
  enum Status { MAPPED, TRANSPARENT, UNMAPPED }

  /** What a class-file method is in the source. */
  record Mapped(Status status, String signature, String reason) {
    static Mapped to(String signature) {
      return new Mapped(Status.MAPPED, signature, null);
    }

    static Mapped transparent(String reason) {
      return new Mapped(Status.TRANSPARENT, null, reason);
    }

    static Mapped unmapped(String reason) {
      return new Mapped(Status.UNMAPPED, null, reason);
    }
  }

  /** Source ranges by line and column, for "innermost construct containing these lines". */
  private record Candidate(Node node, Object target, int order) {
    Range range() {
      return node.getRange().orElseThrow();
    }

    boolean contains(List<Integer> lines) {
      Range range = node.getRange().orElse(null);
      if (range == null) {
        return false;
      }
      for (int line : lines) {
        if (line < range.begin.line || line > range.end.line) {
          return false;
        }
      }
      return true;
    }

    long size() {
      Range range = range();
      return (range.end.line - range.begin.line) * 10_000L + (range.end.column - range.begin.column);
    }
  }

  final Map<MethodRef, Mapped> methods = new LinkedHashMap<>();
  final Map<String, TypeInfo> types = new TreeMap<>();
  final Map<String, String> unmappedClasses = new TreeMap<>();

  private final ClassFiles classes;
  private final BytecodeGraph graph;
  private final SourceGraph source;
  private final Map<String, TypeInfo> namedTypes = new HashMap<>();
  private final Map<String, FileIndex> filesByPath = new HashMap<>();
  private final Set<Object> claimed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<MethodRef, Map<MethodRef, CallSite>> zipped = new HashMap<>();

  BodyMapping(ClassFiles classes, BytecodeGraph graph, SourceGraph source, Corpus corpus) {
    this.classes = classes;
    this.graph = graph;
    this.source = source;
    for (FileIndex file : source.files) {
      filesByPath.put(corpus.sources().relativize(file.path()).toString().replace('\\', '/'), file);
      for (TypeInfo type : file.types()) {
        if (type.enclosingBody() == null && type.kind() != TypeInfo.Kind.ANONYMOUS && type.kind() != TypeInfo.Kind.ENUM_CONSTANT) {
          namedTypes.putIfAbsent(type.name(), type);
        }
      }
    }
    mapClasses();
    for (Map.Entry<String, TypeInfo> entry : types.entrySet()) {
      mapMethods(classes.corpus.get(entry.getKey()), entry.getValue());
    }
    mapLambdas();
    for (ClassNode node : classes.corpus.values()) {
      for (MethodNode method : node.methods) {
        methods.putIfAbsent(
            new MethodRef(node.name, method.name, method.desc),
            Mapped.unmapped("class not mapped: " + unmappedClasses.get(node.name)));
      }
    }
  }

  Mapped of(MethodRef method) {
    return methods.get(method);
  }

  // ---- classes ----

  private void mapClasses() {
    List<String> pending = new ArrayList<>(classes.corpus.keySet());
    pending.sort(BodyMapping::naturalOrder);
    boolean progress = true;
    while (progress && !pending.isEmpty()) {
      progress = false;
      for (var iterator = pending.iterator(); iterator.hasNext(); ) {
        String name = iterator.next();
        String reason = mapClass(classes.corpus.get(name));
        if (reason == null || !reason.startsWith("wait")) {
          iterator.remove();
          progress = true;
          if (reason != null) {
            unmappedClasses.put(name, reason);
          }
        }
      }
    }
    for (String name : pending) {
      unmappedClasses.put(name, "enclosing class not mapped");
    }
  }

  /** Maps one class; returns null on success, a reason on failure, "wait" if its outer class is pending. */
  private String mapClass(ClassNode node) {
    InnerClassNode self = null;
    for (InnerClassNode inner : node.innerClasses) {
      if (inner.name.equals(node.name)) {
        self = inner;
      }
    }
    if (self == null || (self.outerName != null && self.innerName != null)) {
      String name = self == null ? node.name.replace('/', '.') : null;
      if (self != null) {
        TypeInfo outer = types.get(self.outerName);
        if (outer == null) {
          return unmappedClasses.containsKey(self.outerName) ? "outer class not mapped" : "wait";
        }
        name = outer.name() + "." + self.innerName;
      }
      TypeInfo type = namedTypes.get(name);
      if (type == null) {
        return "no source type: " + name;
      }
      types.put(node.name, type);
      return null;
    }
    // Anonymous (no inner name) or local: find it in its file by the lines of its code.
    String outerName = node.outerClass;
    TypeInfo outer = outerName == null ? null : types.get(outerName);
    if (outerName != null && outer == null) {
      return unmappedClasses.containsKey(outerName) ? "enclosing class not mapped" : "wait";
    }
    FileIndex file = filesByPath.get(sourcePath(node));
    if (file == null) {
      return "no source file: " + sourcePath(node);
    }
    boolean anonymous = self.innerName == null;
    List<Candidate> candidates = new ArrayList<>();
    int order = 0;
    for (TypeInfo type : file.types()) {
      boolean kindMatches =
          anonymous
              ? type.kind() == TypeInfo.Kind.ANONYMOUS || type.kind() == TypeInfo.Kind.ENUM_CONSTANT
              : type.enclosingBody() != null && type.simpleName().equals(self.innerName);
      if (kindMatches && (outer == null || type.outer() == outer) && !claimed.contains(type)) {
        candidates.add(new Candidate(type.node(), type, order++));
      }
    }
    List<Integer> lines = new ArrayList<>();
    for (MethodNode method : node.methods) {
      lines.addAll(BytecodeGraph.lines(method));
    }
    Candidate chosen = innermost(candidates, lines);
    if (chosen == null) {
      return (anonymous ? "no anonymous class at lines: " : "no local class " + self.innerName + " at lines: ") + span(lines);
    }
    claimed.add(chosen.target());
    types.put(node.name, (TypeInfo) chosen.target());
    return null;
  }

  private static String sourcePath(ClassNode node) {
    int slash = node.name.lastIndexOf('/');
    String folder = slash < 0 ? "" : node.name.substring(0, slash + 1);
    return folder + node.sourceFile;
  }

  // ---- methods ----

  private void mapMethods(ClassNode node, TypeInfo type) {
    for (MethodNode method : node.methods) {
      MethodRef ref = new MethodRef(node.name, method.name, method.desc);
      if (method.name.startsWith("lambda$") && (method.access & Opcodes.ACC_SYNTHETIC) != 0) {
        continue; // mapped once the bodies that create it are
      }
      methods.put(ref, mapMethod(node, type, method));
    }
  }

  private Mapped mapMethod(ClassNode node, TypeInfo type, MethodNode method) {
    if ((method.access & Opcodes.ACC_BRIDGE) != 0) {
      return Mapped.transparent("bridge method");
    }
    if ((method.access & Opcodes.ACC_SYNTHETIC) != 0) {
      return Mapped.transparent("synthetic method (accessor)");
    }
    if (method.name.equals("<clinit>")) {
      return type.staticInit() != null
          ? Mapped.to(type.staticInit().signature())
          : Mapped.unmapped("static initializer without source initializers");
    }
    List<String> parameters = parameterTypes(method);
    if (method.name.equals("<init>")) {
      if (type.kind() == TypeInfo.Kind.ANONYMOUS || type.kind() == TypeInfo.Kind.ENUM_CONSTANT) {
        return Mapped.transparent("constructor of an anonymous class");
      }
      Body constructor = constructor(node, type, parameters);
      return constructor != null
          ? Mapped.to(constructor.signature())
          : Mapped.unmapped("no source constructor: " + parameters);
    }
    for (Body body : type.bodies()) {
      if (body.kind() == Body.Kind.METHOD && body.name().equals(method.name) && sameTypes(body.parameterTypes(), parameters)) {
        return Mapped.to(body.signature());
      }
    }
    if (type.kind() == TypeInfo.Kind.ENUM
        && (method.name.equals("values") || method.name.equals("valueOf"))) {
      return Mapped.transparent("enum method written by javac");
    }
    return Mapped.unmapped("no source method: " + method.name + parameters);
  }

  private Body constructor(ClassNode node, TypeInfo type, List<String> parameters) {
    List<Integer> prefixes = new ArrayList<>();
    boolean local = type.enclosingBody() != null;
    if (type.kind() == TypeInfo.Kind.ENUM) {
      prefixes.add(2); // name and ordinal
    } else if (isInnerMember(node) || local) {
      prefixes.add(1); // the enclosing instance
    }
    prefixes.add(0);
    for (int prefix : prefixes) {
      for (Body body : type.bodies()) {
        if ((body.kind() == Body.Kind.CONSTRUCTOR || body.kind() == Body.Kind.DEFAULT_CONSTRUCTOR)
            && matchesAt(body.parameterTypes(), parameters, prefix, local)) {
          return body;
        }
      }
    }
    return null;
  }

  private static boolean isInnerMember(ClassNode node) {
    for (InnerClassNode inner : node.innerClasses) {
      if (inner.name.equals(node.name)) {
        return inner.outerName != null && (inner.access & Opcodes.ACC_STATIC) == 0;
      }
    }
    return false;
  }

  /** The source parameters at {@code offset} in the bytecode ones; local classes append captured variables. */
  private static boolean matchesAt(List<String> declared, List<String> compiled, int offset, boolean capturesAllowed) {
    int end = offset + declared.size();
    if (end > compiled.size() || (!capturesAllowed && end != compiled.size())) {
      return false;
    }
    return sameTypes(declared, compiled.subList(offset, end));
  }

  private static boolean sameTypes(List<String> declared, List<String> compiled) {
    if (declared.size() != compiled.size()) {
      return false;
    }
    for (int i = 0; i < declared.size(); i++) {
      if (!TypeNames.comparable(declared.get(i)).equals(TypeNames.comparable(compiled.get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** The descriptor's parameter types in our signature form ({@code pkg.Outer.Inner}, {@code int[]}, {@code T...}). */
  private List<String> parameterTypes(MethodNode method) {
    Type[] types = Type.getArgumentTypes(method.desc);
    List<String> names = new ArrayList<>(types.length);
    for (int i = 0; i < types.length; i++) {
      String name = sourceName(types[i]);
      if (i == types.length - 1 && (method.access & Opcodes.ACC_VARARGS) != 0 && name.endsWith("[]")) {
        name = name.substring(0, name.length() - 2) + "...";
      }
      names.add(name);
    }
    return names;
  }

  private String sourceName(Type type) {
    return switch (type.getSort()) {
      case Type.ARRAY -> sourceName(type.getElementType()) + "[]".repeat(type.getDimensions());
      case Type.OBJECT -> {
        TypeInfo mapped = types.get(type.getInternalName());
        yield mapped != null ? mapped.name() : type.getInternalName().replace('/', '.').replace('$', '.');
      }
      default -> type.getClassName();
    };
  }

  // ---- lambdas ----

  private void mapLambdas() {
    List<MethodRef> pending = new ArrayList<>();
    for (Map.Entry<String, TypeInfo> entry : types.entrySet()) {
      for (MethodNode method : classes.corpus.get(entry.getKey()).methods) {
        if (method.name.startsWith("lambda$") && (method.access & Opcodes.ACC_SYNTHETIC) != 0) {
          pending.add(new MethodRef(entry.getKey(), method.name, method.desc));
        }
      }
    }
    pending.sort(Comparator.comparing(MethodRef::owner).thenComparing(m -> m.name(), BodyMapping::naturalOrder));
    boolean progress = true;
    while (progress && !pending.isEmpty()) {
      progress = false;
      for (var iterator = pending.iterator(); iterator.hasNext(); ) {
        MethodRef lambda = iterator.next();
        Mapped mapped = mapLambda(lambda);
        if (mapped != null) {
          methods.put(lambda, mapped);
          iterator.remove();
          progress = true;
        }
      }
    }
    for (MethodRef lambda : pending) {
      methods.put(lambda, Mapped.unmapped("lambda whose creator is not mapped"));
    }
  }

  /** Null while a creator is still unmapped. */
  private Mapped mapLambda(MethodRef lambda) {
    List<BytecodeGraph.Call> creators = graph.lambdaCreators.getOrDefault(lambda, List.of());
    if (creators.isEmpty()) {
      return Mapped.unmapped("lambda method that no code creates");
    }
    for (BytecodeGraph.Call creation : creators) {
      if (methods.get(creation.target()) == null) {
        return null;
      }
    }
    for (BytecodeGraph.Call creation : creators) {
      CallSite site = zipped(creation.target()).get(lambda);
      if (site != null) {
        return mappedTo(site);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    List<Integer> creationLines = new ArrayList<>();
    for (BytecodeGraph.Call creation : creators) {
      creationLines.add(creation.line());
      for (CallSite site : deferredSites(creation.target())) {
        if (!claimed.contains(site) && candidates.stream().noneMatch(c -> c.target() == site)) {
          candidates.add(new Candidate(site.node(), site, candidates.size()));
        }
      }
    }
    MethodNode node = ClassFiles.declared(classes.corpus.get(lambda.owner()), lambda.name(), lambda.desc());
    List<Integer> lines = BytecodeGraph.lines(node);
    Candidate chosen = innermost(candidates, lines.isEmpty() ? creationLines : lines);
    if (chosen == null) {
      return Mapped.unmapped("no lambda or method reference of its creator at lines: " + span(lines));
    }
    CallSite site = (CallSite) chosen.target();
    claimed.add(site);
    return mappedTo(site);
  }

  private static Mapped mappedTo(CallSite site) {
    return site.kind() == CallSite.Kind.LAMBDA
        ? Mapped.to(site.deferred().signature())
        : Mapped.transparent("javac's lambda method for a method reference");
  }

  /**
   * Pairs a creator's {@code LambdaMetafactory} instructions with its lambdas and method references
   * in order, when both sides have as many and every pair is consistent (javac writes a method
   * only for lambdas and some method references). Empty when they do not pair up.
   */
  private Map<MethodRef, CallSite> zipped(MethodRef creator) {
    Map<MethodRef, CallSite> known = zipped.get(creator);
    if (known != null) {
      return known;
    }
    List<BytecodeGraph.Indy> indys = graph.indys.getOrDefault(creator, List.of());
    List<CallSite> sites = deferredSites(creator);
    Map<MethodRef, CallSite> pairs = new HashMap<>();
    if (indys.size() == sites.size()) {
      for (int i = 0; i < indys.size(); i++) {
        BytecodeGraph.Indy indy = indys.get(i);
        CallSite site = sites.get(i);
        if (!indy.synthetic() && site.kind() == CallSite.Kind.LAMBDA) {
          pairs.clear();
          break;
        }
        if (indy.synthetic()) {
          pairs.putIfAbsent(indy.implementation(), site);
        }
      }
    }
    for (CallSite site : pairs.values()) {
      claimed.add(site);
    }
    zipped.put(creator, pairs);
    return pairs;
  }

  /** The lambdas and method references of the source bodies a class-file method was compiled from, in source order. */
  private List<CallSite> deferredSites(MethodRef creator) {
    Mapped mapped = methods.get(creator);
    TypeInfo type = types.get(creator.owner());
    List<Body> bodies = new ArrayList<>();
    if (creator.name().equals("<init>") && type != null && type.instanceInit() != null) {
      bodies.add(type.instanceInit()); // javac copies field initializers into constructors
    }
    if (mapped != null && mapped.status() == Status.MAPPED) {
      bodies.add(source.bodies.get(mapped.signature()));
    }
    List<CallSite> sites = new ArrayList<>();
    for (Body body : bodies) {
      if (body != null) {
        for (CallSite site : body.sites()) {
          if (site.kind() == CallSite.Kind.LAMBDA || site.kind() == CallSite.Kind.METHOD_REF) {
            sites.add(site);
          }
        }
      }
    }
    return sites;
  }

  // ---- helpers ----

  /** The smallest candidate whose range holds every line; on a tie, the first in source order. */
  private static Candidate innermost(List<Candidate> candidates, List<Integer> lines) {
    Candidate best = null;
    for (Candidate candidate : candidates) {
      if (!lines.isEmpty() && !candidate.contains(lines)) {
        continue;
      }
      if (candidate.node().getRange().isEmpty()) {
        continue;
      }
      if (best == null || candidate.size() < best.size()) {
        best = candidate;
      }
    }
    return best;
  }

  private static String span(List<Integer> lines) {
    if (lines.isEmpty()) {
      return "(none)";
    }
    int min = lines.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int max = lines.stream().mapToInt(Integer::intValue).max().orElseThrow();
    return min + "-" + max;
  }

  /** Orders {@code A$2} before {@code A$10}: javac numbers anonymous classes and lambdas in order. */
  static int naturalOrder(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int endA = i;
        while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
          endA++;
        }
        int endB = j;
        while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
          endB++;
        }
        int byNumber = new java.math.BigInteger(a.substring(i, endA)).compareTo(new java.math.BigInteger(b.substring(j, endB)));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
