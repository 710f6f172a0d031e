package dev.stackcheck.index;

import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A type declared in the analyzed sources: a class, interface, enum, record, annotation type,
 * anonymous class, local class or enum constant body. Built by {@link BodyExtractor}; its name and
 * ancestors are completed by the resolution stage. Not thread-safe.
 */
public final class TypeInfo {
  /** What kind of declaration introduced the type. */
  public enum Kind { CLASS, INTERFACE, ENUM, RECORD, ANNOTATION, ANONYMOUS, ENUM_CONSTANT }

  private final Kind kind;
  private final Node node;
  private final TypeInfo outer;
  private final Body enclosingBody;
  private final String simpleName;
  private final String packageName;
  private final boolean systemStack;
  private final boolean exported;
  private final int ordinal;
  private final List<Body> bodies = new ArrayList<>();
  private Body staticInit;
  private Body instanceInit;
  private String name;
  /** Erased qualified names of every supertype, transitively (filled by the resolution stage). */
  private final Set<String> ancestors = new LinkedHashSet<>();

  TypeInfo(
      Kind kind,
      Node node,
      TypeInfo outer,
      Body enclosingBody,
      String simpleName,
      String packageName,
      boolean systemStack,
      boolean exported,
      int ordinal) {
    this.kind = kind;
    this.node = node;
    this.outer = outer;
    this.enclosingBody = enclosingBody;
    this.simpleName = simpleName;
    this.packageName = packageName;
    this.systemStack = systemStack;
    this.exported = exported;
    this.ordinal = ordinal;
    // Types inside a local or anonymous class are named once that class is (resolve.Signatures).
    if (enclosingBody == null && (outer == null || outer.name() != null)) {
      this.name =
          outer != null
              ? outer.name() + "." + simpleName
              : packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }
  }

  public Kind kind() {
    return kind;
  }

  /** The declaration: a TypeDeclaration, an ObjectCreationExpr (anonymous) or an EnumConstantDeclaration. */
  public Node node() {
    return node;
  }

  /** The lexically enclosing type, or null for a top-level type. */
  public TypeInfo outer() {
    return outer;
  }

  /** For local and anonymous classes, the body that declares them; otherwise null. */
  public Body enclosingBody() {
    return enclosingBody;
  }

  public String simpleName() {
    return simpleName;
  }

  public String packageName() {
    return packageName;
  }

  /** Annotated {@code @SystemStack} on the type itself (S3.1). */
  public boolean systemStack() {
    return systemStack;
  }

  /** Visible outside its package: public, and every enclosing type public or protected. */
  public boolean exported() {
    return exported;
  }

  /** 1-based position among the anonymous classes of its enclosing body (0 for named types). */
  public int ordinal() {
    return ordinal;
  }

  public boolean isInterface() {
    return kind == Kind.INTERFACE || kind == Kind.ANNOTATION;
  }

  /** Qualified name: {@code pkg.Outer.Inner}, {@code pkg.A.m()$1} (anonymous), {@code pkg.A.m()$Local}. */
  public String name() {
    return name;
  }

  /** Names a local or anonymous class once its enclosing body has a signature. */
  public void assignName(String name) {
    this.name = name;
  }

  public List<Body> bodies() {
    return bodies;
  }

  void addBody(Body body) {
    bodies.add(body);
  }

  /** The static initializer body (S1), or null if the type has no static initialization code. */
  public Body staticInit() {
    return staticInit;
  }

  void staticInit(Body body) {
    this.staticInit = body;
  }

  /** Instance initializers and field initializers (part of every constructor), or null. */
  public Body instanceInit() {
    return instanceInit;
  }

  void instanceInit(Body body) {
    this.instanceInit = body;
  }

  public Set<String> ancestors() {
    return ancestors;
  }

  /** This type's name and all its ancestors' names. */
  public boolean isSubtypeOf(String typeName) {
    return name.equals(typeName) || ancestors.contains(typeName);
  }

  @Override
  public String toString() {
    return name != null ? name : simpleName;
  }
}
