package dev.stackcheck.index;

import com.github.javaparser.ast.Node;
import dev.stackcheck.api.Location;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A node of the call graph (S1): a method, constructor, lambda, static initializer, or the
 * instance initializers of a class. Built by {@link BodyExtractor}; signature, override facts and
 * trampoline parameters are completed by the resolution stage. Not thread-safe.
 */
public final class Body {
  /** What the body is. */
  public enum Kind {
    METHOD,
    CONSTRUCTOR,
    /** The implicit constructor of a class that declares none (or a record's canonical one). */
    DEFAULT_CONSTRUCTOR,
    /** Static initializer blocks and static field initializers of one type. */
    STATIC_INIT,
    /** Instance initializer blocks and instance field initializers of one type. */
    INSTANCE_INIT,
    LAMBDA
  }

  private final Kind kind;
  private final Node node;
  private final TypeInfo type;
  private final Body creator;
  private final Location location;
  private final String name;
  private final int ordinal;
  private final boolean declaredSystemStack;
  private final boolean declaredTrampoline;
  private final BitSet systemStackParameters;
  private final int modifiers;
  private final List<CallSite> sites = new ArrayList<>();
  private final List<String> parameterNames;

  private String signature;
  private List<String> parameterTypes = List.of();
  private boolean systemStack;
  private BitSet trampolineParameters = new BitSet();
  private final Set<String> overrides = new TreeSet<>();

  /** Modifier bits recorded for the entry-point rules. */
  static final int STATIC = 1;
  static final int ABSTRACT = 2;
  static final int PRIVATE = 4;
  static final int API = 8; // public or protected
  static final int MAIN = 16;
  static final int VARARGS = 32;

  Body(
      Kind kind,
      Node node,
      TypeInfo type,
      Body creator,
      Location location,
      String name,
      int ordinal,
      boolean declaredSystemStack,
      boolean declaredTrampoline,
      BitSet systemStackParameters,
      List<String> parameterNames,
      int modifiers) {
    this.kind = kind;
    this.node = node;
    this.type = type;
    this.creator = creator;
    this.location = location;
    this.name = name;
    this.ordinal = ordinal;
    this.declaredSystemStack = declaredSystemStack;
    this.declaredTrampoline = declaredTrampoline;
    this.systemStackParameters = systemStackParameters;
    this.parameterNames = List.copyOf(parameterNames);
    this.modifiers = modifiers;
    this.systemStack = declaredSystemStack;
  }

  public Kind kind() {
    return kind;
  }

  /** The declaration: MethodDeclaration, ConstructorDeclaration, CompactConstructorDeclaration, LambdaExpr, or the type's node. */
  public Node node() {
    return node;
  }

  /** The declaring type (for a lambda, the type whose code creates it). */
  public TypeInfo type() {
    return type;
  }

  /**
   * For a lambda or a method of an anonymous class: the body that creates it (S4.5). Null for
   * everything else.
   */
  public Body creator() {
    return creator;
  }

  /** True for lambdas and methods of anonymous classes: they run where their creator lets them. */
  public boolean deferred() {
    return creator != null;
  }

  /** Where the body is declared (its name), for witness paths and S7.3 reports. */
  public Location location() {
    return location;
  }

  /** Simple name: method name, class name for constructors, {@code <clinit>}, {@code lambda$N}. */
  public String name() {
    return name;
  }

  /** For lambdas, the 1-based position among the lambdas of the creator. */
  public int ordinal() {
    return ordinal;
  }

  /** {@code @SystemStack} written on the body or on its type (S3.1). */
  public boolean declaredSystemStack() {
    return declaredSystemStack;
  }

  /** {@code @Trampoline} written on the method (S3.3). */
  public boolean declaredTrampoline() {
    return declaredTrampoline;
  }

  /** Parameters written with {@code @SystemStack} (S3.3b), by index. */
  public BitSet systemStackParameters() {
    return (BitSet) systemStackParameters.clone();
  }

  public List<String> parameterNames() {
    return parameterNames;
  }

  public boolean isStatic() {
    return (modifiers & STATIC) != 0;
  }

  public boolean isAbstract() {
    return (modifiers & ABSTRACT) != 0;
  }

  public boolean isPrivate() {
    return (modifiers & PRIVATE) != 0;
  }

  /** Public or protected. */
  public boolean isApi() {
    return (modifiers & API) != 0;
  }

  /** {@code public static void main(String[])} or {@code (String...)}. */
  public boolean isMain() {
    return (modifiers & MAIN) != 0;
  }

  public boolean isVarargs() {
    return (modifiers & VARARGS) != 0;
  }

  /** A method or constructor written by the user (not a lambda, initializer or implicit constructor). */
  public boolean isNamedCallable() {
    return (kind == Kind.METHOD || kind == Kind.CONSTRUCTOR || kind == Kind.DEFAULT_CONSTRUCTOR)
        && !deferred();
  }

  public List<CallSite> sites() {
    return sites;
  }

  void addSite(CallSite site) {
    sites.add(site);
  }

  void addSiteFirst(CallSite site) {
    sites.add(0, site);
  }

  /** Qualified signature, e.g. {@code pkg.Outer.m(java.lang.String, int)}; set by the resolution stage. */
  public String signature() {
    return signature;
  }

  public void signature(String signature) {
    this.signature = signature;
  }

  /** Erased qualified parameter types (varargs written {@code T...}). */
  public List<String> parameterTypes() {
    return parameterTypes;
  }

  public void parameterTypes(List<String> types) {
    this.parameterTypes = List.copyOf(types);
  }

  /** Must only run on the system stack: declared, inherited (S3.2) or implementing such a method. */
  public boolean systemStack() {
    return systemStack;
  }

  public void markSystemStack() {
    this.systemStack = true;
  }

  /** Indexes of the parameters whose arguments run on the system stack (S3.3, S3.3b, S3.4). */
  public BitSet trampolineParameters() {
    return (BitSet) trampolineParameters.clone();
  }

  public void trampolineParameters(BitSet parameters) {
    this.trampolineParameters = (BitSet) parameters.clone();
  }

  public boolean isTrampoline() {
    return !trampolineParameters.isEmpty();
  }

  /** Signatures of the methods this method overrides or implements, transitively. */
  public Set<String> overrides() {
    return overrides;
  }

  @Override
  public String toString() {
    return signature != null ? signature : name;
  }
}
