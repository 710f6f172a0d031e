package dev.stackcheck.resolve;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.stackcheck.api.Config;
import dev.stackcheck.index.CallSite;
import java.util.HashSet;
import java.util.Set;

/**
 * Recognizes, by name alone, call sites that can only reach code outside the analysis and can
 * never lead back into it: a call is connected to a body of the sources only through a method of
 * the same name (its declaration or an override), and to a compiled {@code @SystemStack} method or a
 * trampoline only by that method's name. When no such name matches, the symbol solver is not asked:
 * the answer "no edge" is exact. Immutable.
 */
final class ExternalCalls {
  private final SymbolIndex symbols;
  private final boolean enabled;
  private final Set<String> compiledMethodNames = new HashSet<>();
  private final Set<String> compiledTypeNames = new HashSet<>();

  ExternalCalls(SymbolIndex symbols, ClasspathAnnotations classpath, Config config) {
    this.symbols = symbols;
    this.enabled = !config.resolveAll(); // resolve-all asks the solver about every call
    Set<String> trampolines = staticTrampolineNames(classpath, config);
    compiledMethodNames.addAll(classpath.systemStackMethodNames());
    compiledMethodNames.addAll(trampolines);
    compiledTypeNames.addAll(classpath.systemStackConstructorTypes());
    compiledTypeNames.addAll(trampolines);
  }

  /** Trampoline names known without the sources: compiled, the default name, configured ones. */
  static Set<String> staticTrampolineNames(ClasspathAnnotations classpath, Config config) {
    Set<String> names = new HashSet<>(classpath.trampolineNames());
    if (config.defaultTrampolines()) {
      names.add(Trampolines.DEFAULT_NAME);
    }
    config.trampolines().forEach(t -> names.add(t.methodName()));
    return names;
  }

  /**
   * True if the site provably has no edge: it names nothing the analysis knows. A trampoline of
   * the sources is a method of the sources, so its name is covered by the lookup. The lookups go
   * through {@link SymbolIndex}, which records them as dependencies for incremental runs.
   */
  boolean onlyExternal(CallSite site) {
    if (!enabled) {
      return false;
    }
    return switch (site.kind()) {
      case CALL -> unknownMethod(((MethodCallExpr) site.node()).getNameAsString());
      case NEW -> unknownType(((ObjectCreationExpr) site.node()).getType().getNameAsString());
      case METHOD_REF -> {
        MethodReferenceExpr reference = (MethodReferenceExpr) site.node();
        if (!reference.getIdentifier().equals("new")) {
          yield unknownMethod(reference.getIdentifier());
        }
        yield reference.getScope() instanceof TypeExpr type
            && type.getType() instanceof ClassOrInterfaceType named
            && unknownType(named.getNameAsString());
      }
      default -> false;
    };
  }

  /** For an anonymous class: true if its superclass constructor cannot be code the analysis knows. */
  boolean externalSupertype(ObjectCreationExpr creation) {
    return enabled && unknownType(creation.getType().getNameAsString());
  }

  private boolean unknownMethod(String name) {
    return !compiledMethodNames.contains(name) && symbols.methodsNamed(name).isEmpty();
  }

  private boolean unknownType(String simpleName) {
    return !compiledTypeNames.contains(simpleName) && symbols.typesWithSimpleName(simpleName).isEmpty();
  }
}
