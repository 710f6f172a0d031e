package dev.stackcheck.resolve;

import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;

/**
 * Where every type lookup of the symbol solver starts: the analyzed sources first, then the
 * libraries (classpath and JDK). Every name asked is reported to the {@link ResolutionTracker},
 * found or not, so that a file that looked for a type learns when that type appears, changes or
 * goes. The libraries' cache never holds a source type, so editing sources never invalidates it.
 * Not thread-safe.
 */
final class RootTypeSolver implements TypeSolver {
  private final SourceTypeSolver sources;
  private final TypeSolver libraries;
  private final ResolutionTracker tracker;

  RootTypeSolver(SourceTypeSolver sources, TypeSolver libraries, ResolutionTracker tracker) {
    this.sources = sources;
    this.libraries = libraries;
    this.tracker = tracker;
    sources.setParent(this);
    libraries.setParent(this);
  }

  @Override
  public TypeSolver getParent() {
    return null;
  }

  @Override
  public void setParent(TypeSolver parent) {
    throw new IllegalStateException("the root type solver has no parent");
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
    tracker.dependsOn(name);
    SymbolReference<ResolvedReferenceTypeDeclaration> source = sources.tryToSolveType(name);
    return source.isSolved() ? source : libraries.tryToSolveType(name);
  }

  /** Appears in the solver's messages, which reach reports: no identity hash, so output is stable. */
  @Override
  public String toString() {
    return "the analyzed sources and classpath";
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(String module, String simpleName) {
    return libraries.tryToSolveTypeInModule(module, simpleName);
  }
}
