package dev.stackcheck.index;

import com.github.javaparser.ast.CompilationUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The types, bodies and call sites of one source file, in source order. One file's index can be
 * rebuilt without touching the others'. Not thread-safe.
 */
public final class FileIndex {
  private final Path path;
  private final CompilationUnit unit;
  private final AnnotationNames annotations;
  private final List<TypeInfo> types = new ArrayList<>();
  private final List<Body> bodies = new ArrayList<>();

  FileIndex(Path path, CompilationUnit unit, AnnotationNames annotations) {
    this.path = path;
    this.unit = unit;
    this.annotations = annotations;
  }

  public Path path() {
    return path;
  }

  public CompilationUnit unit() {
    return unit;
  }

  public AnnotationNames annotations() {
    return annotations;
  }

  /** Every type declared in the file, outer before inner, in source order. */
  public List<TypeInfo> types() {
    return types;
  }

  /** Every body of the file; a creator always comes before the bodies it creates. */
  public List<Body> bodies() {
    return bodies;
  }

  void add(TypeInfo type) {
    types.add(type);
  }

  void add(Body body) {
    bodies.add(body);
  }

  public int siteCount() {
    int count = 0;
    for (Body body : bodies) {
      count += body.sites().size();
    }
    return count;
  }
}
