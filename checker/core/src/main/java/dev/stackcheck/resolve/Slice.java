package dev.stackcheck.resolve;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.CallSite;
import dev.stackcheck.index.FileIndex;
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
 * The bodies whose call sites are worth resolving: those that may reach {@code @SystemStack} code.
 * Computed from names alone, before any symbol resolution, as an over-approximation of the
 * callers of callers of every body that is, or may become, {@code @SystemStack}.
 *
 * <p>Why it is exact for the report: every edge of the full call graph that enters a body of the
 * slice comes from a body of the slice (a call to a method is a call by its name; a constructor
 * call names its class; a deferred body is entered from its creator), so contexts, roots and
 * shortest witness paths of the slice's bodies are the same with or without the rest of the
 * graph. Bodies outside the slice can never be on a path to a violation. Stateless.
 */
public final class Slice {
  private final Map<String, List<Body>> callersByMethodName = new HashMap<>();
  private final Map<String, List<Body>> callersByTypeName = new HashMap<>();
  private final Map<String, List<TypeInfo>> subtypesBySimpleName = new HashMap<>();
  private final Map<TypeInfo, List<Body>> constructors = new IdentityHashMap<>();
  private final Set<Body> relevant = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<String> methodNames = new HashSet<>();
  private final Set<String> typeNames = new HashSet<>();
  private final Deque<Body> work = new ArrayDeque<>();

  private Slice() {}

  /** The bodies that may reach {@code @SystemStack} code, in the sources or on the classpath. */
  public static Set<Body> relevant(List<FileIndex> files, ClasspathAnnotations classpath) {
    Slice slice = new Slice();
    slice.index(files);
    Set<String> systemStackNames = new HashSet<>(classpath.systemStackMethodNames());
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        if (body.declaredSystemStack() && body.kind() == Body.Kind.METHOD) {
          systemStackNames.add(body.name());
        }
      }
    }
    for (String constructorType : classpath.systemStackConstructorTypes()) {
      slice.addTypeName(constructorType);
    }
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        // An override of a @SystemStack method inherits the annotation (S3.2): same name.
        boolean mayBeSystemStack =
            body.declaredSystemStack()
                || (body.kind() == Body.Kind.METHOD && systemStackNames.contains(body.name()));
        if (mayBeSystemStack) {
          slice.add(body);
        }
      }
    }
    for (String name : systemStackNames) {
      slice.addMethodName(name); // calls to compiled @SystemStack methods
    }
    slice.run();
    return slice.relevant;
  }

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
          String method = calledMethodName(site);
          if (method != null) {
            callersByMethodName.computeIfAbsent(method, n -> new ArrayList<>()).add(body);
          }
          String type = constructedTypeName(site);
          if (type != null) {
            callersByTypeName.computeIfAbsent(type, n -> new ArrayList<>()).add(body);
          }
        }
      }
    }
  }

  private void run() {
    while (!work.isEmpty()) {
      Body body = work.poll();
      switch (body.kind()) {
        case METHOD -> {
          addMethodName(body.name());
          if (body.deferred()) {
            add(body.creator());
          } else {
            // A named class passed to a trampoline runs this method from its creator (S3.3), and
            // so does any subclass that inherits it.
            addConstructedTypes(body.type());
          }
          if (body.type().kind() == TypeInfo.Kind.ENUM_CONSTANT && body.type().outer().staticInit() != null) {
            add(body.type().outer().staticInit());
          }
        }
        case CONSTRUCTOR, DEFAULT_CONSTRUCTOR -> addTypeName(body.type().simpleName());
        case LAMBDA -> add(body.creator());
        case INSTANCE_INIT -> {
          constructors.getOrDefault(body.type(), List.of()).forEach(this::add);
          if (body.creator() != null) {
            add(body.creator());
          }
          if (body.type().kind() == TypeInfo.Kind.ENUM_CONSTANT && body.type().outer().staticInit() != null) {
            add(body.type().outer().staticInit());
          }
        }
        case STATIC_INIT -> {}
      }
    }
  }

  private void add(Body body) {
    if (body != null && relevant.add(body)) {
      work.add(body);
    }
  }

  private void addMethodName(String name) {
    if (methodNames.add(name)) {
      callersByMethodName.getOrDefault(name, List.of()).forEach(this::add);
    }
  }

  private void addTypeName(String simpleName) {
    if (typeNames.add(simpleName)) {
      callersByTypeName.getOrDefault(simpleName, List.of()).forEach(this::add);
    }
  }

  private void addConstructedTypes(TypeInfo type) {
    Deque<String> names = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    names.add(type.simpleName());
    while (!names.isEmpty()) {
      String name = names.poll();
      if (!seen.add(name)) {
        continue;
      }
      addTypeName(name);
      for (TypeInfo subtype : subtypesBySimpleName.getOrDefault(name, List.of())) {
        names.add(subtype.simpleName());
      }
    }
  }

  /** The method a site calls by name, or null if it calls no method by name. */
  private static String calledMethodName(CallSite site) {
    if (site.node() instanceof MethodCallExpr call) {
      return call.getNameAsString();
    }
    if (site.node() instanceof MethodReferenceExpr reference && !reference.getIdentifier().equals("new")) {
      return reference.getIdentifier();
    }
    return null;
  }

  /** The simple name of the class whose constructor a site runs, or null. */
  private static String constructedTypeName(CallSite site) {
    return switch (site.kind()) {
      case NEW, NEW_ANONYMOUS -> ((ObjectCreationExpr) site.node()).getType().getNameAsString();
      case METHOD_REF -> {
        MethodReferenceExpr reference = (MethodReferenceExpr) site.node();
        yield reference.getIdentifier().equals("new") && reference.getScope() instanceof TypeExpr typeExpr
            ? simpleName(typeExpr.getType())
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

  private static String simpleName(Type type) {
    return type instanceof ClassOrInterfaceType named ? named.getNameAsString() : type.asString();
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
