package dev.stackcheck.index;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import dev.stackcheck.api.Location;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link FileIndex} of one parsed file: every body of S1, every type, and every call
 * site inside each body, without any symbol resolution. The walk over expressions is iterative, so
 * deeply nested code does not exhaust the stack. Not thread-safe; use one instance per file.
 */
public final class BodyExtractor {
  private final Path path;
  private final CompilationUnit unit;
  private final AnnotationNames annotations;
  private final FileIndex index;
  private final String packageName;
  /** Per creator body: how many lambdas and anonymous classes it has created so far. */
  private final Map<Body, int[]> ordinals = new HashMap<>();

  private BodyExtractor(Path path, CompilationUnit unit) {
    this.path = path;
    this.unit = unit;
    this.annotations = new AnnotationNames(unit);
    this.index = new FileIndex(path, unit, annotations);
    this.packageName = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
  }

  /** Indexes one compilation unit. */
  public static FileIndex extract(Path path, CompilationUnit unit) {
    BodyExtractor extractor = new BodyExtractor(path, unit);
    for (TypeDeclaration<?> type : unit.getTypes()) {
      extractor.declareType(type, null, null);
    }
    return extractor.index;
  }

  // ---- types ----

  private TypeInfo declareType(TypeDeclaration<?> declaration, TypeInfo outer, Body enclosingBody) {
    TypeInfo.Kind kind;
    if (declaration instanceof ClassOrInterfaceDeclaration c) {
      kind = c.isInterface() ? TypeInfo.Kind.INTERFACE : TypeInfo.Kind.CLASS;
    } else if (declaration instanceof EnumDeclaration) {
      kind = TypeInfo.Kind.ENUM;
    } else if (declaration instanceof RecordDeclaration) {
      kind = TypeInfo.Kind.RECORD;
    } else {
      kind = TypeInfo.Kind.ANNOTATION;
    }
    boolean exported =
        enclosingBody == null
            && (declaration.isPublic()
                || (outer != null && outer.isInterface())
                || (outer != null && declaration.isProtected()))
            && (outer == null || outer.exported());
    TypeInfo type =
        new TypeInfo(
            kind,
            declaration,
            outer,
            enclosingBody,
            declaration.getNameAsString(),
            packageName,
            annotations.hasSystemStack(declaration),
            exported,
            0);
    index.add(type);
    declareMembers(type, declaration.getMembers());
    if (declaration instanceof EnumDeclaration enumDeclaration) {
      for (EnumConstantDeclaration constant : enumDeclaration.getEntries()) {
        declareEnumConstant(type, constant);
      }
    }
    if (declaration instanceof RecordDeclaration record) {
      addImplicitCanonicalConstructor(type, record);
      addImplicitAccessors(type, record);
    } else if (kind == TypeInfo.Kind.CLASS || kind == TypeInfo.Kind.ENUM) {
      if (declaration.getMembers().stream().noneMatch(m -> m instanceof ConstructorDeclaration)) {
        addDefaultConstructor(type, declaration, List.of());
      }
    }
    addConstructorPrologues(type);
    return type;
  }

  private void declareMembers(TypeInfo type, NodeList<BodyDeclaration<?>> members) {
    for (BodyDeclaration<?> member : members) {
      if (member instanceof MethodDeclaration method) {
        Body body = callable(type, method, Body.Kind.METHOD, method.getNameAsString(), null);
        method.getBody().ifPresent(block -> walk(block, body));
      } else if (member instanceof ConstructorDeclaration constructor) {
        Body body = callable(type, constructor, Body.Kind.CONSTRUCTOR, type.simpleName(), null);
        walk(constructor.getBody(), body);
      } else if (member instanceof CompactConstructorDeclaration compact) {
        Body body = compactConstructor(type, compact);
        walk(compact.getBody(), body);
      } else if (member instanceof FieldDeclaration field) {
        boolean isStatic = field.isStatic() || type.isInterface();
        for (VariableDeclarator variable : field.getVariables()) {
          if (variable.getInitializer().isPresent()) {
            Body init = isStatic ? staticInit(type) : instanceInit(type);
            walk(variable.getInitializer().get(), init);
          }
        }
      } else if (member instanceof InitializerDeclaration initializer) {
        Body init = initializer.isStatic() ? staticInit(type) : instanceInit(type);
        walk(initializer.getBody(), init);
      } else if (member instanceof TypeDeclaration<?> nested) {
        declareType(nested, type, null);
      }
    }
  }

  private void declareEnumConstant(TypeInfo enumType, EnumConstantDeclaration constant) {
    Body clinit = staticInit(enumType);
    TypeInfo bodyType = null;
    if (!constant.getClassBody().isEmpty()) {
      bodyType =
          new TypeInfo(
              TypeInfo.Kind.ENUM_CONSTANT,
              constant,
              enumType,
              null,
              constant.getNameAsString(),
              packageName,
              enumType.systemStack(),
              false,
              0);
      index.add(bodyType);
    }
    CallSite site =
        new CallSite(CallSite.Kind.ENUM_CONSTANT, constant, location(constant.getName()), clinit, null, bodyType);
    clinit.addSite(site);
    for (var argument : constant.getArguments()) {
      walk(argument, clinit);
    }
    if (bodyType != null) {
      declareMembers(bodyType, constant.getClassBody());
    }
  }

  private TypeInfo declareAnonymous(ObjectCreationExpr creation, Body creator, TypeInfo outer) {
    int ordinal = ++ordinals.computeIfAbsent(creator, b -> new int[2])[1];
    TypeInfo type =
        new TypeInfo(
            TypeInfo.Kind.ANONYMOUS,
            creation,
            outer,
            creator,
            creation.getType().getNameAsString(),
            packageName,
            false,
            false,
            ordinal);
    index.add(type);
    declareMembers(type, creation.getAnonymousClassBody().orElseGet(NodeList::new));
    return type;
  }

  // ---- bodies ----

  private Body callable(
      TypeInfo type, CallableDeclaration<?> declaration, Body.Kind kind, String name, Body creator) {
    int modifiers = 0;
    boolean inInterface = type.isInterface();
    if (declaration.isStatic()) {
      modifiers |= Body.STATIC;
    }
    if (declaration.isPrivate()) {
      modifiers |= Body.PRIVATE;
    }
    boolean hasBody =
        !(declaration instanceof MethodDeclaration m) || m.getBody().isPresent();
    if (!hasBody) {
      modifiers |= Body.ABSTRACT;
    }
    if (type.exported()
        && (declaration.isPublic() || declaration.isProtected() || (inInterface && !declaration.isPrivate()))) {
      modifiers |= Body.API;
    }
    if (declaration instanceof MethodDeclaration method && isMain(method)) {
      modifiers |= Body.MAIN;
    }
    NodeList<Parameter> parameters = declaration.getParameters();
    if (!parameters.isEmpty() && parameters.get(parameters.size() - 1).isVarArgs()) {
      modifiers |= Body.VARARGS;
    }
    BitSet systemStackParameters = new BitSet();
    List<String> parameterNames = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      parameterNames.add(parameters.get(i).getNameAsString());
      if (annotations.hasSystemStack(parameters.get(i))) {
        systemStackParameters.set(i);
      }
    }
    boolean systemStack = annotations.hasSystemStack(declaration) || type.systemStack();
    boolean trampoline = declaration instanceof MethodDeclaration && annotations.hasTrampoline(declaration);
    Location location = location(declaration.getName());
    Body body =
        new Body(
            kind,
            declaration,
            type,
            type.kind() == TypeInfo.Kind.ANONYMOUS ? type.enclosingBody() : creator,
            location,
            name,
            0,
            systemStack,
            trampoline,
            systemStackParameters,
            parameterNames,
            modifiers);
    type.addBody(body);
    index.add(body);
    return body;
  }

  private Body compactConstructor(TypeInfo type, CompactConstructorDeclaration compact) {
    int modifiers = type.exported() && compact.isPublic() ? Body.API : 0;
    Body body =
        new Body(
            Body.Kind.CONSTRUCTOR,
            compact,
            type,
            null,
            location(compact.getName()),
            type.simpleName(),
            0,
            annotations.hasSystemStack(compact) || type.systemStack(),
            false,
            systemStackComponents((RecordDeclaration) type.node()),
            recordComponentNames((RecordDeclaration) type.node()),
            modifiers);
    type.addBody(body);
    index.add(body);
    return body;
  }

  private void addImplicitCanonicalConstructor(TypeInfo type, RecordDeclaration record) {
    int components = record.getParameters().size();
    boolean declared =
        record.getMembers().stream()
            .anyMatch(
                m -> m instanceof CompactConstructorDeclaration
                    || (m instanceof ConstructorDeclaration c
                        && c.getParameters().size() == components
                        && sameTypes(c.getParameters(), record.getParameters())));
    if (!declared) {
      addDefaultConstructor(type, record, recordComponentNames(record));
    }
  }

  /**
   * The accessor javac writes for each record component that the record does not declare itself:
   * a public method without code, named and located by the component (its node), and
   * {@code @SystemStack} when the record is (S3.1; docs/semantics.md).
   */
  private void addImplicitAccessors(TypeInfo type, RecordDeclaration record) {
    for (Parameter component : record.getParameters()) {
      String name = component.getNameAsString();
      boolean declared =
          record.getMethods().stream().anyMatch(m -> m.getNameAsString().equals(name) && m.getParameters().isEmpty());
      if (declared) {
        continue;
      }
      Body body =
          new Body(
              Body.Kind.METHOD,
              component,
              type,
              null,
              location(component.getName()),
              name,
              0,
              type.systemStack(),
              false,
              new BitSet(),
              List.of(),
              type.exported() ? Body.API : 0);
      type.addBody(body);
      index.add(body);
    }
  }

  private static boolean sameTypes(NodeList<Parameter> a, NodeList<Parameter> b) {
    for (int i = 0; i < a.size(); i++) {
      if (!erasedText(a.get(i).getType()).equals(erasedText(b.get(i).getType()))) {
        return false;
      }
    }
    return true;
  }

  private static String erasedText(Type type) {
    return type.asString().replaceAll("<.*>", "");
  }

  /**
   * The record components written with {@code @SystemStack}: Java propagates a component's
   * parameter annotations to the canonical constructor's parameters, implicit or compact (JLS
   * 8.10.4), so they are trampoline parameters of it (S3.3b).
   */
  private BitSet systemStackComponents(RecordDeclaration record) {
    BitSet parameters = new BitSet();
    for (int i = 0; i < record.getParameters().size(); i++) {
      if (annotations.hasSystemStack(record.getParameters().get(i))) {
        parameters.set(i);
      }
    }
    return parameters;
  }

  private static List<String> recordComponentNames(RecordDeclaration record) {
    List<String> names = new ArrayList<>();
    for (Parameter parameter : record.getParameters()) {
      names.add(parameter.getNameAsString());
    }
    return names;
  }

  private void addDefaultConstructor(TypeInfo type, TypeDeclaration<?> declaration, List<String> parameterNames) {
    boolean api = type.exported() && (declaration.isPublic() || declaration.isProtected()) && type.kind() != TypeInfo.Kind.ENUM;
    Body body =
        new Body(
            Body.Kind.DEFAULT_CONSTRUCTOR,
            declaration,
            type,
            null,
            location(declaration.getName()),
            type.simpleName(),
            0,
            type.systemStack(),
            false,
            declaration instanceof RecordDeclaration record ? systemStackComponents(record) : new BitSet(),
            parameterNames,
            api ? Body.API : 0);
    type.addBody(body);
    index.add(body);
  }

  private Body staticInit(TypeInfo type) {
    if (type.staticInit() == null) {
      Body body = initializer(type, Body.Kind.STATIC_INIT, "<clinit>", false);
      type.staticInit(body);
    }
    return type.staticInit();
  }

  private Body instanceInit(TypeInfo type) {
    if (type.instanceInit() == null) {
      Body body = initializer(type, Body.Kind.INSTANCE_INIT, "<init>", type.systemStack());
      type.instanceInit(body);
    }
    return type.instanceInit();
  }

  private Body initializer(TypeInfo type, Body.Kind kind, String name, boolean systemStack) {
    Node anchor = type.node();
    Location location =
        anchor instanceof TypeDeclaration<?> declaration
            ? location(declaration.getName())
            : location(anchor);
    Body creator = type.kind() == TypeInfo.Kind.ANONYMOUS ? type.enclosingBody() : null;
    Body body =
        new Body(kind, anchor, type, creator, location, name, 0, systemStack, false, new BitSet(), List.of(), Body.STATIC);
    type.addBody(body);
    index.add(body);
    return body;
  }

  /**
   * Adds to every constructor the implicit steps that run before its own code: the implicit
   * {@code super()} when it has no explicit constructor invocation, and the instance initializers
   * unless it delegates with {@code this(...)} (S1, S4.3).
   */
  private void addConstructorPrologues(TypeInfo type) {
    boolean hasSuperclass =
        type.node() instanceof ClassOrInterfaceDeclaration c
            && !c.isInterface()
            && !c.getExtendedTypes().isEmpty();
    for (Body body : type.bodies()) {
      if (body.kind() != Body.Kind.CONSTRUCTOR && body.kind() != Body.Kind.DEFAULT_CONSTRUCTOR) {
        continue;
      }
      ExplicitConstructorInvocationStmt explicit = explicitInvocation(body.node());
      boolean delegates = explicit != null && explicit.isThis();
      if (type.instanceInit() != null && !delegates) {
        body.addSiteFirst(
            new CallSite(CallSite.Kind.INSTANCE_INIT, body.node(), body.location(), body, null, type));
      }
      if (explicit == null && hasSuperclass) {
        body.addSiteFirst(
            new CallSite(CallSite.Kind.IMPLICIT_SUPER, body.node(), body.location(), body, null, type));
      }
    }
  }

  private static ExplicitConstructorInvocationStmt explicitInvocation(Node constructor) {
    if (constructor instanceof ConstructorDeclaration declaration) {
      NodeList<Statement> statements = declaration.getBody().getStatements();
      if (!statements.isEmpty() && statements.get(0) instanceof ExplicitConstructorInvocationStmt explicit) {
        return explicit;
      }
    }
    return null;
  }

  private Body lambda(LambdaExpr lambda, Body creator) {
    int ordinal = ++ordinals.computeIfAbsent(creator, b -> new int[2])[0];
    Body body =
        new Body(
            Body.Kind.LAMBDA,
            lambda,
            creator.type(),
            creator,
            location(lambda),
            "lambda$" + ordinal,
            ordinal,
            false,
            false,
            new BitSet(),
            lambda.getParameters().stream().map(p -> p.getNameAsString()).toList(),
            0);
    index.add(body);
    return body;
  }

  // ---- code inside bodies ----

  /**
   * Walks code that belongs to {@code owner} and records its call sites. Nested lambdas and
   * classes become bodies of their own. Iterative: a work list instead of recursion.
   */
  private void walk(Node root, Body owner) {
    Deque<Object[]> work = new ArrayDeque<>();
    work.push(new Object[] {root, owner});
    while (!work.isEmpty()) {
      Object[] item = work.pop();
      Node node = (Node) item[0];
      Body current = (Body) item[1];
      if (node instanceof Comment || node instanceof AnnotationExpr) {
        continue;
      }
      if (node instanceof TypeDeclaration<?> local) {
        declareType(local, current.type(), current);
        continue;
      }
      if (node instanceof LambdaExpr lambda) {
        Body body = lambda(lambda, current);
        current.addSite(new CallSite(CallSite.Kind.LAMBDA, lambda, location(lambda), current, body, null));
        work.push(new Object[] {lambda.getBody(), body});
        continue;
      }
      if (node instanceof ObjectCreationExpr creation) {
        if (creation.getAnonymousClassBody().isPresent()) {
          TypeInfo anonymous = declareAnonymous(creation, current, current.type());
          current.addSite(
              new CallSite(CallSite.Kind.NEW_ANONYMOUS, creation, location(creation), current, null, anonymous));
          List<Node> operands = new ArrayList<>(creation.getArguments());
          creation.getScope().ifPresent(operands::add);
          pushReversed(work, operands, current);
          continue;
        }
        current.addSite(new CallSite(CallSite.Kind.NEW, creation, location(creation), current, null, null));
      } else if (node instanceof MethodCallExpr call) {
        current.addSite(new CallSite(CallSite.Kind.CALL, call, location(call.getName()), current, null, null));
      } else if (node instanceof MethodReferenceExpr reference) {
        current.addSite(new CallSite(CallSite.Kind.METHOD_REF, reference, location(reference), current, null, null));
      } else if (node instanceof ExplicitConstructorInvocationStmt invocation) {
        current.addSite(
            new CallSite(CallSite.Kind.CONSTRUCTOR_CALL, invocation, location(invocation), current, null, null));
      } else if (node instanceof ForEachStmt loop) {
        current.addSite(new CallSite(CallSite.Kind.FOR_EACH, loop, location(loop.getIterable()), current, null, null));
      } else if (node instanceof TryStmt attempt) {
        for (Expression resource : attempt.getResources()) {
          Node named = resource instanceof VariableDeclarationExpr declaration
              ? declaration.getVariable(0).getName()
              : resource;
          current.addSite(new CallSite(CallSite.Kind.TRY_RESOURCE, resource, location(named), current, null, null));
        }
      }
      pushReversed(work, node.getChildNodes(), current);
    }
  }

  private static void pushReversed(Deque<Object[]> work, List<? extends Node> children, Body owner) {
    for (int i = children.size() - 1; i >= 0; i--) {
      work.push(new Object[] {children.get(i), owner});
    }
  }

  private static boolean isMain(MethodDeclaration method) {
    if (!method.getNameAsString().equals("main")
        || !method.isStatic()
        || !method.isPublic()
        || !method.getType().isVoidType()
        || method.getParameters().size() != 1) {
      return false;
    }
    Parameter parameter = method.getParameter(0);
    String type = parameter.getType().asString();
    boolean stringArray = type.equals("String[]") || type.equals("java.lang.String[]");
    boolean stringVarargs =
        parameter.isVarArgs() && (type.equals("String") || type.equals("java.lang.String"));
    return stringArray || stringVarargs;
  }

  private Location location(Node node) {
    return Locations.of(path, node);
  }
}
