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
    String text = slashes(shown);
    return text.isEmpty() ? "." : text;
  }

  /**
   * The path's names joined with {@code /}. Only the platform's separator is replaced: on Unix a
   * backslash is part of a file's name, and turned into a slash it would name a file that does
   * not exist.
   */
  private static String slashes(Path path) {
    StringBuilder text = new StringBuilder();
    if (path.getRoot() != null) {
      text.append(path.getRoot().toString().replace(path.getFileSystem().getSeparator(), "/"));
    }
    for (int i = 0; i < path.getNameCount(); i++) {
      if (i > 0) {
        text.append('/');
      }
      text.append(path.getName(i));
    }
    return text.toString();
  }
}
