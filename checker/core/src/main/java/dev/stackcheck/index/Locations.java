package dev.stackcheck.index;

import com.github.javaparser.ast.Node;
import dev.stackcheck.api.Location;
import java.nio.file.Path;

/** Positions of AST nodes as {@link Location}s. Stateless. */
public final class Locations {
  private Locations() {}

  public static Location of(Path file, Node node) {
    return node.getBegin()
        .map(p -> new Location(file, p.line, p.column))
        .orElse(new Location(file, 1, 1));
  }
}
