package dev.stackcheck.resolve;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import dev.stackcheck.index.FileIndex;
import dev.stackcheck.index.TypeInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * Serves the analyzed sources' types to the symbol solver from the trees already parsed, so that
 * the solver never parses a file a second time and resolved declarations point into our trees.
 * Files can be removed and added again when they change; every change drops the cached answers,
 * which are cheap wrappers around the trees. Not thread-safe.
 */
public final class SourceTypeSolver implements TypeSolver {
  private final Map<String, TypeDeclaration<?>> types = new HashMap<>();
  private final Map<String, SymbolReference<ResolvedReferenceTypeDeclaration>> resolved = new HashMap<>();
  private TypeSolver parent;

  /** Makes the named types of a file available; a later file with the same type name is ignored. */
  public void add(FileIndex file) {
    for (TypeInfo type : file.types()) {
      if (type.enclosingBody() == null && type.name() != null && type.node() instanceof TypeDeclaration<?> declaration) {
        types.putIfAbsent(type.name(), declaration);
      }
    }
    resolved.clear(); // a name that was not found may be now
  }

  /** Forgets the types of a file (before it is re-indexed). */
  public void remove(FileIndex file) {
    for (TypeInfo type : file.types()) {
      if (type.enclosingBody() == null && types.get(type.name()) == type.node()) {
        types.remove(type.name());
      }
    }
    resolved.clear();
  }

  /** Forgets every file. */
  public void clear() {
    types.clear();
    resolved.clear();
  }

  @Override
  public TypeSolver getParent() {
    return parent;
  }

  @Override
  public void setParent(TypeSolver parent) {
    this.parent = parent;
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(String module, String simpleName) {
    return SymbolReference.unsolved();
  }

  @Override
  public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
    SymbolReference<ResolvedReferenceTypeDeclaration> cached = resolved.get(name);
    if (cached != null) {
      return cached;
    }
    TypeDeclaration<?> declaration = types.get(name);
    SymbolReference<ResolvedReferenceTypeDeclaration> result =
        declaration == null
            ? SymbolReference.unsolved()
            : SymbolReference.solved(JavaParserFacade.get(getRoot()).getTypeDeclaration(declaration));
    resolved.put(name, result);
    return result;
  }
}
