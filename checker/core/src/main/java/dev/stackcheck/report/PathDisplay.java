package dev.stackcheck.report;

import java.nio.file.Path;

/**
 * Prints file paths the way users expect to read and click them: relative to a base directory
 * (normally the working directory) when the file is under it, absolute otherwise, always with
 * forward slashes so that reports are the same on every platform. Immutable.
 */
public final class PathDisplay {
  private final Path base;

  public PathDisplay(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  private PathDisplay() {
    this.base = null;
  }

  /** Relative to the current working directory. */
  public static PathDisplay workingDirectory() {
    return new PathDisplay(Path.of(""));
  }

  /** Always absolute, as compilers print paths in build logs that IDEs link. */
  public static PathDisplay absolute() {
    return new PathDisplay();
  }

  public String show(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown = base != null && absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
