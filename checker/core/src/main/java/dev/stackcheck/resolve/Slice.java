package dev.stackcheck.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.index.Resolution.Target;
import dev.stackcheck.index.TypeInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bodies that may reach {@code @SystemStack} code: the only ones whose call sites the
 * analysis needs to resolve. Found backwards from the {@code @SystemStack} bodies: a call site is
 * a candidate caller of a body when it names that body's method (or class, for constructors) with
 * a compatible number of arguments; only candidates are resolved, and their owner joins the slice
 * when a resolved target (after virtual dispatch, or by the fallback) is in the slice. Deferred
 * bodies join with their creator, initializers with their constructors.
 *
 * <p>Why the report does not change: every edge of the full call graph that enters the slice
 * comes from a body of the slice, so roots, contexts and shortest witness paths of the slice's
 * bodies are what they are in the full graph, and no body outside the slice can be on a path to a
 * violation. {@code SliceEquivalenceTest} checks this on every golden case. Not thread-safe.
 */
final class Slice {
  private final CallResolver calls;
  private final DeferredResolver deferred;
  private final Overriders overriders;
  private final ClasspathAnnotations classpath;
  private final Set<String> trampolineNames;

  private final Map<String, List<CallSite>> sitesByMethodName = new HashMap<>();
  private final Map<String, List<CallSite>> sitesByTypeName = new HashMap<>();
  private final Map<String, List<TypeInfo>> subtypesBySimpleName = new HashMap<>();
  private final Map<TypeInfo, List<Body>> constructors = new IdentityHashMap<>();

  private final Set<Body> relevant = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<String> relevantSignatures = new HashSet<>();
  private final Set<CallSite> checked = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<String, List<CallSite>> callersOf = new HashMap<>();
  private final Deque<Body> work = new ArrayDeque<>();

  Slice(
      List<FileIndex> files,
      CallResolver calls,
      DeferredResolver deferred,
      Overriders overriders,
      ClasspathAnnotations classpath,
      Set<String> trampolineNames) {
    this.calls = calls;
    this.deferred = deferred;
    this.overriders = overriders;
    this.classpath = classpath;
    this.trampolineNames = trampolineNames;
    index(files);
  }

  /** Computes the slice; candidate sites resolved on the way keep their (first-pass) resolution. */
  Set<Body> compute(List<FileIndex> files) {
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        if (body.systemStack()) {
          add(body);
        }
      }
    }
    for (String name : classpath.systemStackMethodNames()) {
      sitesByMethodName.getOrDefault(name, List.of()).forEach(this::check);
    }
    for (String type : classpath.systemStackConstructorTypes()) {
      sitesByTypeName.getOrDefault(type, List.of()).forEach(this::check);
    }
    while (!work.isEmpty()) {
      visit(work.poll());
    }
    return relevant;
  }

  private void visit(Body body) {
    for (CallSite caller : callersOf.getOrDefault(body.signature(), List.of())) {
      add(caller.owner());
    }
    switch (body.kind()) {
      case METHOD -> {
        for (CallSite site : sitesByMethodName.getOrDefault(body.name(), List.of())) {
          if (acceptsArguments(body, site)) {
            check(site);
          }
        }
        if (body.deferred()) {
          add(body.creator());
        } else {
          addTrampolinedCreators(body.type());
        }
      }
      case CONSTRUCTOR, DEFAULT_CONSTRUCTOR ->
          sitesByTypeName.getOrDefault(body.type().simpleName(), List.of()).forEach(this::check);
      case LAMBDA -> add(body.creator());
      case INSTANCE_INIT -> {
        constructors.getOrDefault(body.type(), List.of()).forEach(this::add);
        add(body.creator()); // an anonymous class's initializers run when its creator creates it
        if (body.type().kind() == TypeInfo.Kind.ENUM_CONSTANT) {
          add(body.type().outer().staticInit());
        }
      }
      case STATIC_INIT -> {}
    }
  }

  private void add(Body body) {
    if (body != null && relevant.add(body)) {
      relevantSignatures.add(body.signature());
      work.add(body);
    }
  }

  /** Resolves a candidate site once and connects its owner if it reaches the slice. */
  private void check(CallSite site) {
    if (!checked.add(site)) {
      return;
    }
    Resolution resolution;
    if (site.kind() == CallSite.Kind.METHOD_REF) {
      resolution = deferred.referenceTargets(site);
    } else {
      resolution = calls.resolve(site);
      site.resolution(resolution);
    }
    if (resolution == null) {
      return;
    }
    boolean reaches = false;
    for (Target target : resolution.targets()) {
      reaches |= register(target.signature(), site);
      for (Body override : overriders.dispatchTargets(target)) {
        reaches |= register(override.signature(), site);
      }
    }
    if (reaches) {
      add(site.owner());
    }
  }

  private boolean register(String signature, CallSite site) {
    callersOf.computeIfAbsent(signature, s -> new ArrayList<>()).add(site);
    return relevantSignatures.contains(signature) || classpath.isSystemStack(signature);
  }

  /**
   * A named class passed to a trampoline has its method run from the creation site (S3.3), as
   * does any subclass that inherits the method: creators of such objects in argument position of
   * a possible trampoline, or stored in a local variable (S4.6), join the slice.
   */
  private void addTrampolinedCreators(TypeInfo type) {
    Deque<String> names = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    names.add(type.simpleName());
    while (!names.isEmpty()) {
      String name = names.poll();
      if (!seen.add(name)) {
        continue;
      }
      for (CallSite site : sitesByTypeName.getOrDefault(name, List.of())) {
        if (site.kind() == CallSite.Kind.NEW && mayBeTrampolined(site.node())) {
          add(site.owner());
        }
      }
      for (TypeInfo subtype : subtypesBySimpleName.getOrDefault(name, List.of())) {
        names.add(subtype.simpleName());
      }
    }
  }

  private boolean mayBeTrampolined(Node creation) {
    Node node = creation;
    Node parent = node.getParentNode().orElse(null);
    while (parent instanceof EnclosedExpr || parent instanceof CastExpr || parent instanceof ConditionalExpr) {
      node = parent;
      parent = node.getParentNode().orElse(null);
    }
    if (parent instanceof VariableDeclarator) {
      return true;
    }
    if (parent instanceof MethodCallExpr call) {
      return call.getArguments().contains(node) && trampolineNames.contains(call.getNameAsString());
    }
    if (parent instanceof ObjectCreationExpr outer) {
      return outer.getArguments().contains(node) && trampolineNames.contains(outer.getType().getNameAsString());
    }
    return false;
  }

  private static boolean acceptsArguments(Body method, CallSite site) {
    if (site.node() instanceof MethodCallExpr call) {
      return Fallback.accepts(method, call.getArguments().size());
    }
    return true; // a method reference's arity depends on its target type
  }

  // ---- syntactic indexes ----

  private void index(List<FileIndex> files) {
    for (FileIndex file : files) {
      for (TypeInfo type : file.types()) {
        for (String supertype : supertypeSimpleNames(type)) {
          subtypesBySimpleName.computeIfAbsent(supertype, n -> new ArrayList<>()).add(type);
        }
      }
      for (Body body : file.bodies()) {
        if (body.kind() == Body.Kind.CONSTRUCTOR || body.kind() == Body.Kind.DEFAULT_CONSTRUCTOR) {
          constructors.computeIfAbsent(body.type(), t -> new ArrayList<>()).add(body);
        }
        for (CallSite site : body.sites()) {
          for (String method : calledMethodNames(site)) {
            sitesByMethodName.computeIfAbsent(method, n -> new ArrayList<>()).add(site);
          }
          String type = constructedTypeName(site);
          if (type != null) {
            sitesByTypeName.computeIfAbsent(type, n -> new ArrayList<>()).add(site);
          }
        }
      }
    }
  }

  /**
   * The methods a site calls by name; an enhanced {@code for} calls three without writing them, a
   * {@code try}-with-resources resource one.
   */
  private static List<String> calledMethodNames(CallSite site) {
    if (site.node() instanceof MethodCallExpr call) {
      return List.of(call.getNameAsString());
    }
    if (site.kind() == CallSite.Kind.METHOD_REF
        && site.node() instanceof MethodReferenceExpr reference
        && !reference.getIdentifier().equals("new")) {
      return List.of(reference.getIdentifier());
    }
    if (site.kind() == CallSite.Kind.FOR_EACH) {
      return List.of("iterator", "hasNext", "next");
    }
    if (site.kind() == CallSite.Kind.TRY_RESOURCE) {
      return List.of("close");
    }
    return List.of();
  }

  /** The simple name of the class whose constructor a site runs, or null. */
  private static String constructedTypeName(CallSite site) {
    return switch (site.kind()) {
      case NEW, NEW_ANONYMOUS -> ((ObjectCreationExpr) site.node()).getType().getNameAsString();
      case METHOD_REF -> {
        MethodReferenceExpr reference = (MethodReferenceExpr) site.node();
        yield reference.getIdentifier().equals("new")
                && reference.getScope() instanceof TypeExpr typeExpr
                && typeExpr.getType() instanceof ClassOrInterfaceType named
            ? named.getNameAsString()
            : null;
      }
      case CONSTRUCTOR_CALL -> ((ExplicitConstructorInvocationStmt) site.node()).isThis()
          ? site.owner().type().simpleName()
          : superclassSimpleName(site.owner().type());
      case IMPLICIT_SUPER -> superclassSimpleName(site.type());
      case ENUM_CONSTANT -> site.owner().type().simpleName();
      default -> null;
    };
  }

  private static String superclassSimpleName(TypeInfo type) {
    if (type.node() instanceof ClassOrInterfaceDeclaration declaration
        && !declaration.isInterface()
        && !declaration.getExtendedTypes().isEmpty()) {
      return declaration.getExtendedTypes().get(0).getNameAsString();
    }
    return null;
  }

  private static List<String> supertypeSimpleNames(TypeInfo type) {
    List<String> names = new ArrayList<>();
    if (type.node() instanceof ClassOrInterfaceDeclaration declaration) {
      declaration.getExtendedTypes().forEach(t -> names.add(t.getNameAsString()));
      declaration.getImplementedTypes().forEach(t -> names.add(t.getNameAsString()));
    } else if (type.node() instanceof EnumDeclaration declaration) {
      declaration.getImplementedTypes().forEach(t -> names.add(t.getNameAsString()));
    } else if (type.node() instanceof RecordDeclaration declaration) {
      declaration.getImplementedTypes().forEach(t -> names.add(t.getNameAsString()));
    } else if (type.node() instanceof ObjectCreationExpr creation) {
      names.add(creation.getType().getNameAsString());
    } else if (type.outer() != null) {
      names.add(type.outer().simpleName()); // an enum constant's body extends its enum
    }
    return names;
  }
}
