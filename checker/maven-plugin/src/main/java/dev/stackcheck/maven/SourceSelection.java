package dev.stackcheck.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * Picks the Java files to analyze from source roots with Ant-style patterns ({@code **}/{@code
 * *}/{@code ?}), matched against paths relative to each root as other Maven plugins match them.
 * Stateless.
 */
final class SourceSelection {
  static final String DEFAULT_INCLUDE = "**/*.java";

  private SourceSelection() {}

  /** The {@code .java} files under {@code roots} that match {@code includes} and not {@code excludes}, sorted. */
  static List<Path> select(List<Path> roots, List<String> includes, List<String> excludes) {
    TreeSet<Path> files = new TreeSet<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      DirectoryScanner scanner = new DirectoryScanner();
      scanner.setBasedir(root.toFile());
      scanner.setIncludes(patterns(includes, List.of(DEFAULT_INCLUDE)));
      scanner.setExcludes(patterns(excludes, List.of()));
      scanner.addDefaultExcludes();
      scanner.scan();
      for (String relative : scanner.getIncludedFiles()) {
        if (relative.endsWith(".java")) {
          files.add(root.resolve(relative).toAbsolutePath().normalize());
        }
      }
    }
    return new ArrayList<>(files);
  }

  private static String[] patterns(List<String> configured, List<String> defaults) {
    List<String> patterns = new ArrayList<>();
    for (String pattern : configured == null || configured.isEmpty() ? defaults : configured) {
      if (pattern != null && !pattern.isBlank()) {
        patterns.add(pattern.trim());
      }
    }
    return patterns.toArray(new String[0]);
  }
}
