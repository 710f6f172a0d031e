package dev.stackcheck.resolve;

import com.github.javaparser.resolution.MethodUsage;
import com.github.javaparser.resolution.declarations.ResolvedMethodLikeDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedTypeParameterDeclaration;
import com.github.javaparser.resolution.logic.FunctionalInterfaceLogic;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.TrampolineName;
import dev.stackcheck.index.Body;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides which parameters of a method are trampoline parameters (S3.3, S3.3b, S3.4): those
 * marked {@code @SystemStack}, all of a {@code @Trampoline} method's, those of a method named
 * {@code systemstack} (unless switched off), and those of trampolines named in configuration; in
 * every case only parameters of a functional-interface type count (a varargs parameter is an
 * array, even of functions). Stateless apart from config.
 */
final class Trampolines {
  static final String DEFAULT_NAME = "systemstack";

  private final Config config;
  private final ClasspathAnnotations classpath;

  Trampolines(Config config, ClasspathAnnotations classpath) {
    this.config = config;
    this.classpath = classpath;
  }

  /** Trampoline parameters of a method in the analyzed sources; {@code types} resolves parameter i. */
  BitSet parameters(Body body, int parameterCount, Function<Integer, ResolvedType> types) {
    BitSet candidates = body.systemStackParameters();
    if (body.declaredTrampoline() || byName(body.type().name(), body.name())) {
      candidates.set(0, parameterCount);
    }
    if (body.isVarargs()) {
      candidates.clear(parameterCount - 1);
    }
    return functionalOnly(candidates, types);
  }

  /** Trampoline parameters of a method declared outside the sources (classpath or JDK). */
  BitSet parameters(ResolvedMethodLikeDeclaration declaration, String signature) {
    BitSet candidates = new BitSet();
    ClasspathAnnotations.MethodFacts facts = classpath.lookup(signature);
    if (facts != null) {
      candidates.or(facts.systemStackParameters());
      if (facts.trampoline()) {
        candidates.set(0, declaration.getNumberOfParams());
      }
    }
    String typeName = Guard.attempt(() -> declaration.declaringType().getQualifiedName());
    if (typeName != null && byName(typeName, declaration.getName())) {
      candidates.set(0, declaration.getNumberOfParams());
    }
    if (declaration.hasVariadicParameter()) {
      candidates.clear(declaration.getNumberOfParams() - 1);
    }
    if (candidates.isEmpty()) {
      return candidates;
    }
    return functionalOnly(candidates, i -> declaration.getParam(i).getType());
  }

  /** Whether a method is a trampoline by its name alone (default name or configuration). */
  boolean byName(String typeName, String methodName) {
    if (config.defaultTrampolines() && methodName.equals(DEFAULT_NAME)) {
      return true;
    }
    for (TrampolineName name : config.trampolines()) {
      if (name.methodName().equals(methodName) && name.typeName().equals(typeName)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some trampoline could have this simple method name (for calls that were not resolved). */
  boolean mayBeNamed(String methodName) {
    if (config.defaultTrampolines() && methodName.equals(DEFAULT_NAME)) {
      return true;
    }
    List<TrampolineName> names = config.trampolines();
    return names.stream().anyMatch(n -> n.methodName().equals(methodName));
  }

  private static BitSet functionalOnly(BitSet candidates, Function<Integer, ResolvedType> types) {
    BitSet result = new BitSet();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      int index = i;
      Boolean functional =
          Guard.attempt(() -> functionalMethod(types.apply(index)).isPresent());
      if (Boolean.TRUE.equals(functional)) {
        result.set(i);
      }
    }
    return result;
  }

  /**
   * The functional method of a parameter type. A type variable bounded by a functional interface
   * ({@code <F extends Runnable> void go(F fn)}) takes lambdas too, typed as its bound, so its
   * first functional bound counts.
   */
  static Optional<MethodUsage> functionalMethod(ResolvedType type) {
    if (type.isTypeVariable()) {
      ResolvedTypeParameterDeclaration parameter = type.asTypeParameter();
      for (ResolvedTypeParameterDeclaration.Bound bound : parameter.getBounds()) {
        Optional<MethodUsage> method = FunctionalInterfaceLogic.getFunctionalMethod(bound.getType());
        if (method.isPresent()) {
          return method;
        }
      }
      return Optional.empty();
    }
    return FunctionalInterfaceLogic.getFunctionalMethod(type);
  }
}
