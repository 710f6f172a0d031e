package dev.stackcheck.resolve;

import dev.stackcheck.index.Body;
import dev.stackcheck.index.Resolution;
import dev.stackcheck.index.Resolution.Target;
import dev.stackcheck.index.TypeInfo;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What a call site is connected to when the symbol solver cannot resolve it: every method of the
 * analyzed code with the same name and a compatible number of arguments, and every compiled
 * {@code @SystemStack} method with that name and arity. This over-approximates, so a violation is
 * never missed because a call did not resolve. Stateless apart from its indexes.
 */
final class Fallback {
  private final SymbolIndex symbols;
  private final ClasspathAnnotations classpath;

  Fallback(SymbolIndex symbols, ClasspathAnnotations classpath) {
    this.symbols = symbols;
    this.classpath = classpath;
  }

  /** Methods named {@code name} that accept {@code arity} arguments (any number if negative). */
  List<Body> methods(String name, int arity) {
    List<Body> candidates = new ArrayList<>();
    for (Body method : symbols.methodsNamed(name)) {
      // Anonymous class methods run only where their creator runs them (S4.5, S4.8); an
      // unresolved call elsewhere must not reach them by name.
      if (method.deferred()) {
        continue;
      }
      if (arity < 0 || accepts(method, arity)) {
        candidates.add(method);
      }
    }
    return candidates;
  }

  /** Constructors of source types with this simple name that accept {@code arity} arguments. */
  List<Body> constructors(String simpleTypeName, int arity) {
    List<Body> candidates = new ArrayList<>();
    for (TypeInfo type : symbols.typesWithSimpleName(simpleTypeName)) {
      for (Body constructor : SymbolIndex.constructors(type)) {
        if (arity < 0 || accepts(constructor, arity)) {
          candidates.add(constructor);
        }
      }
    }
    return candidates;
  }

  /** A fallback resolution of a method call; {@code candidates} as from {@link #methods}. */
  Resolution call(String name, int arity, List<Body> candidates, String reason) {
    List<Target> targets = new ArrayList<>();
    for (Body candidate : candidates) {
      targets.add(new Target(candidate.signature(), false, false, null));
    }
    addCompiled(targets, name, arity, false);
    return of(targets, reason);
  }

  /**
   * A fallback resolution of an object creation or constructor invocation: {@code candidates} as
   * from {@link #constructors(String, int)}, and every compiled {@code @SystemStack} constructor
   * of a class with this simple name and arity.
   */
  Resolution constructors(String simpleTypeName, int arity, List<Body> candidates, String reason) {
    List<Target> targets = new ArrayList<>();
    for (Body candidate : candidates) {
      targets.add(new Target(candidate.signature(), false, false, null));
    }
    addCompiled(targets, simpleTypeName, arity, true);
    return of(targets, reason);
  }

  private void addCompiled(List<Target> targets, String name, int arity, boolean constructors) {
    for (ClasspathAnnotations.MethodFacts compiled : classpath.systemStackMethodsNamed(name)) {
      if (compiled.constructor() == constructors && (arity < 0 || compiled.arity() == arity)) {
        targets.add(new Target(compiled.signature(), false, false, null));
      }
    }
  }

  private static Resolution of(List<Target> targets, String reason) {
    return new Resolution(
        targets.isEmpty() ? Resolution.Status.UNRESOLVED : Resolution.Status.FALLBACK, targets, reason);
  }

  /** Parameters that are trampoline parameters in every candidate (none if there is no candidate). */
  static BitSet commonTrampolineParameters(List<Body> candidates) {
    if (candidates.isEmpty()) {
      return new BitSet();
    }
    BitSet common = candidates.get(0).trampolineParameters();
    for (Body candidate : candidates) {
      common.and(candidate.trampolineParameters());
    }
    return common;
  }

  static boolean accepts(Body callable, int arity) {
    int parameters = callable.parameterTypes().size();
    return callable.isVarargs() ? arity >= parameters - 1 : arity == parameters;
  }
}
