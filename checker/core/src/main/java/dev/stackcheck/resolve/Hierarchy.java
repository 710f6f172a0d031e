package dev.stackcheck.resolve;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithExtends;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.typesystem.ReferenceTypeImpl;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import com.github.javaparser.symbolsolver.javaparsermodel.declarations.JavaParserAnonymousClassDeclaration;
import dev.stackcheck.index.Body;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.TypeInfo;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes, for every type of the sources, its ancestors (transitively, with type arguments
 * substituted), and for every instance method the methods it overrides or implements in any
 * ancestor, in the sources or outside them. Then applies S3.2: overriding a {@code @SystemStack}
 * method makes a method {@code @SystemStack}. Not thread-safe.
 */
final class Hierarchy {
  private static final String OBJECT = "java.lang.Object";

  private final JavaParserFacade facade;
  private final TypeSolver solver;
  private final Declarations declarations;
  private final SymbolIndex symbols;
  private final ClasspathAnnotations classpath;
  private final Map<String, List<ResolvedMethodDeclaration>> declaredMethods = new HashMap<>();

  Hierarchy(JavaParserFacade facade, TypeSolver solver, Declarations declarations, SymbolIndex symbols, ClasspathAnnotations classpath) {
    this.facade = facade;
    this.solver = solver;
    this.declarations = declarations;
    this.symbols = symbols;
    this.classpath = classpath;
  }

  void resolve(List<FileIndex> files) {
    for (FileIndex file : files) {
      for (TypeInfo type : file.types()) {
        resolve(type);
      }
    }
    for (FileIndex file : files) {
      for (Body body : file.bodies()) {
        inheritSystemStack(body);
      }
    }
  }

  private void resolve(TypeInfo type) {
    Map<String, ResolvedReferenceType> ancestors = ancestors(type);
    type.ancestors().addAll(ancestors.keySet());
    Map<String, List<Body>> methodsByName = new HashMap<>();
    for (Body body : type.bodies()) {
      if (body.kind() == Body.Kind.METHOD && !body.isStatic() && !body.isPrivate()) {
        methodsByName.computeIfAbsent(body.name(), n -> new ArrayList<>()).add(body);
      }
    }
    if (methodsByName.isEmpty()) {
      return;
    }
    for (Map.Entry<String, ResolvedReferenceType> entry : ancestors.entrySet()) {
      ResolvedReferenceType ancestor = entry.getValue();
      for (ResolvedMethodDeclaration method : declaredMethods(entry.getKey(), ancestor)) {
        List<Body> candidates = methodsByName.get(method.getName());
        if (candidates == null) {
          continue;
        }
        for (Body body : candidates) {
          if (Boolean.TRUE.equals(Guard.attempt(() -> overrides(body, method, ancestor)))) {
            String signature = declarations.signature(method);
            if (signature != null && !signature.equals(body.signature())) {
              body.overrides().add(signature);
            }
          }
        }
      }
    }
  }

  private static boolean overrides(Body body, ResolvedMethodDeclaration method, ResolvedReferenceType ancestor) {
    if (method.isStatic() || method.accessSpecifier() == com.github.javaparser.ast.AccessSpecifier.PRIVATE) {
      return false;
    }
    List<String> types = body.parameterTypes();
    if (method.getNumberOfParams() != types.size()) {
      return false;
    }
    for (int i = 0; i < types.size(); i++) {
      ResolvedType declared = ancestor.typeParametersMap().replaceAll(method.getParam(i).getType());
      if (!TypeNames.comparable(TypeNames.erased(declared)).equals(TypeNames.comparable(types.get(i)))) {
        return false;
      }
    }
    return true;
  }

  private List<ResolvedMethodDeclaration> declaredMethods(String key, ResolvedReferenceType ancestor) {
    List<ResolvedMethodDeclaration> methods = declaredMethods.get(key);
    if (methods == null) {
      methods =
          Guard.attempt(
              () -> new ArrayList<>(ancestor.getTypeDeclaration().map(d -> d.getDeclaredMethods()).orElse(Set.of())));
      if (methods == null) {
        methods = List.of();
      }
      declaredMethods.put(key, methods);
    }
    return methods;
  }

  /**
   * All supertypes, breadth first, each once, keyed by the name the graph uses for them (ours for
   * source types, see {@link Declarations#typeName(ResolvedReferenceType)}), with type arguments
   * substituted along the way.
   */
  private Map<String, ResolvedReferenceType> ancestors(TypeInfo type) {
    List<ResolvedReferenceType> direct = new ArrayList<>();
    if (type.kind() == TypeInfo.Kind.ENUM_CONSTANT) {
      ResolvedReferenceTypeDeclaration enumType =
          Guard.attempt(() -> facade.getTypeDeclaration((TypeDeclaration<?>) type.outer().node()));
      if (enumType != null) {
        direct.add(new ReferenceTypeImpl(enumType));
      }
    } else {
      ResolvedReferenceTypeDeclaration declaration = Guard.attempt(() -> declaration(type));
      if (declaration != null) {
        List<ResolvedReferenceType> found = Guard.attempt(() -> directAncestors(declaration));
        if (found != null) {
          direct.addAll(found);
        }
      }
    }
    Map<String, ResolvedReferenceType> seen = new LinkedHashMap<>();
    Deque<ResolvedReferenceType> queue = new ArrayDeque<>(direct);
    while (!queue.isEmpty()) {
      ResolvedReferenceType ancestor = queue.poll();
      String name = Guard.attempt(() -> declarations.typeName(ancestor));
      if (name == null || seen.containsKey(name)) {
        continue;
      }
      seen.put(name, ancestor);
      List<ResolvedReferenceType> next =
          Guard.attempt(
              () -> {
                List<ResolvedReferenceType> parents = new ArrayList<>();
                ResolvedReferenceTypeDeclaration declaration = ancestor.getTypeDeclaration().orElse(null);
                if (declaration != null) {
                  for (ResolvedReferenceType parent : directAncestors(declaration)) {
                    parents.add(ancestor.typeParametersMap().replaceAll(parent).asReferenceType());
                  }
                }
                return parents;
              });
      if (next != null) {
        queue.addAll(next);
      }
    }
    seen.remove(type.name());
    if (!seen.containsKey(OBJECT)) {
      // Every type has Object's members (JLS 9.2), but the solver lists Object among the ancestors
      // of classes only, not of interfaces or of anonymous classes that implement one.
      ResolvedReferenceTypeDeclaration object = Guard.attempt(solver::getSolvedJavaLangObject);
      if (object != null) {
        seen.put(OBJECT, new ReferenceTypeImpl(object));
      }
    }
    return seen;
  }

  /** The direct supertypes of a type declaration. */
  private List<ResolvedReferenceType> directAncestors(ResolvedReferenceTypeDeclaration declaration) {
    TypeInfo source = declarations.type(declaration);
    if (source != null && source.enclosingBody() != null && source.kind() != TypeInfo.Kind.ANONYMOUS) {
      return writtenSupertypes(source);
    }
    return declaration.getAncestors(true);
  }

  /**
   * The supertypes written in a local type's extends and implements clauses. The solver reports no
   * ancestors at all for local types (it looks them up by a fully qualified name, which they do not
   * have), so their overrides and subtypes would be lost.
   */
  private static List<ResolvedReferenceType> writtenSupertypes(TypeInfo type) {
    List<ClassOrInterfaceType> written = new ArrayList<>();
    if (type.node() instanceof NodeWithExtends<?> extending) {
      written.addAll(extending.getExtendedTypes());
    }
    if (type.node() instanceof NodeWithImplements<?> implementing) {
      written.addAll(implementing.getImplementedTypes());
    }
    List<ResolvedReferenceType> supertypes = new ArrayList<>();
    for (ClassOrInterfaceType supertype : written) {
      ResolvedType resolved = Guard.attempt(supertype::resolve);
      if (resolved != null && resolved.isReferenceType()) {
        supertypes.add(resolved.asReferenceType());
      }
    }
    return supertypes;
  }

  private ResolvedReferenceTypeDeclaration declaration(TypeInfo type) {
    if (type.kind() == TypeInfo.Kind.ANONYMOUS) {
      return new JavaParserAnonymousClassDeclaration((ObjectCreationExpr) type.node(), solver);
    }
    return facade.getTypeDeclaration((TypeDeclaration<?>) type.node());
  }

  private void inheritSystemStack(Body body) {
    if (body.systemStack()) {
      return;
    }
    for (String overridden : body.overrides()) {
      Body source = symbols.bodyWithSignature(overridden);
      boolean annotated = source != null ? source.declaredSystemStack() : classpath.isSystemStack(overridden);
      if (annotated) {
        body.markSystemStack();
        return;
      }
    }
  }
}
