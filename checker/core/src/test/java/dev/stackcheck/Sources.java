package dev.stackcheck;

import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small inline Java sources into a folder and analyzes them. */
final class Sources {
  private final Path root;

  Sources(Path root) {
    this.root = root;
  }

  /** Writes {@code text} to {@code relativePath} under the root; returns the file. */
  Path write(String relativePath, String text) throws IOException {
    Path file = root.resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  Path root() {
    return root;
  }

  Report analyze(Config config) {
    return new Analyzer(config).analyze(List.of(root));
  }

  Report analyze() {
    return analyze(Config.defaults());
  }
}
