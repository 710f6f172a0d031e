package dev.stackcheck.api;

import java.nio.file.Path;
import java.util.Comparator;

/** A position in a source file: absolute normalized path, 1-based line and column. */
public record Location(Path file, int line, int column) implements Comparable<Location> {
  private static final Comparator<Location> ORDER =
      Comparator.comparing((Location l) -> l.file().toString())
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }
}
