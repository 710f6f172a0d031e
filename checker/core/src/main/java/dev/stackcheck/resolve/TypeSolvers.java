package dev.stackcheck.resolve;

import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver.ExceptionHandlers;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Assembles the symbol solver's view of the world: the analyzed sources first, then the
 * classpath's jars and class folders, then the running JDK (all of its packages, not only
 * {@code java.*}, but nothing of the checker's own classpath). The sources sit outside the
 * libraries' cache (see {@link RootTypeSolver}), so they can change. Stateless.
 */
public final class TypeSolvers {
  private static final List<String> JDK_PREFIXES =
      List.of("java.", "javax.", "jdk.", "sun.", "com.sun.", "org.w3c.", "org.xml.", "org.ietf.", "org.omg.");

  /** A JDK type, as far as names go; served from the running JDK. */
  static final Predicate<String> JDK = name -> JDK_PREFIXES.stream().anyMatch(name::startsWith);

  /** The root solver, and classpath entries that could not be opened. */
  public record Result(TypeSolver solver, List<InputError> errors) {}

  private TypeSolvers() {}

  public static Result create(SourceTypeSolver sources, List<Path> classpath) {
    return create(sources, classpath, ResolutionTracker.NONE);
  }

  /** A solver whose lookups are reported to {@code tracker}. */
  public static Result create(SourceTypeSolver sources, List<Path> classpath, ResolutionTracker tracker) {
    List<InputError> errors = new ArrayList<>();
    List<TypeSolver> solvers = new ArrayList<>();
    for (Path entry : classpath) {
      if (!Files.exists(entry)) {
        continue;
      }
      try {
        solvers.add(new JarTypeSolver(entry));
      } catch (Exception e) {
        errors.add(new InputError(new Location(entry, 1, 1), "cannot read classpath entry: " + e.getMessage()));
      }
    }
    solvers.add(new ReflectionTypeSolver(JDK));
    CombinedTypeSolver libraries = new CombinedTypeSolver(ExceptionHandlers.IGNORE_ALL, solvers);
    return new Result(new RootTypeSolver(sources, libraries, tracker), errors);
  }
}
