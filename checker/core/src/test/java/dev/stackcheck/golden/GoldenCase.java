package dev.stackcheck.golden;

import dev.stackcheck.api.Config;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A directory of {@code testdata/}: the Java files to analyze (everything but {@code lib/}), the
 * options in {@code stackcheck.properties}, and the expectations written in the sources. A case
 * is the nearest directory that holds a {@code stackcheck.properties} file or Java files of its
 * own.
 */
record GoldenCase(Path root, String name) {
  static List<GoldenCase> all(Path testdata) throws IOException {
    List<GoldenCase> cases = new ArrayList<>();
    collect(testdata, testdata, cases);
    cases.sort((a, b) -> a.name().compareTo(b.name()));
    return cases;
  }

  private static void collect(Path testdata, Path directory, List<GoldenCase> into) throws IOException {
    boolean isCase;
    List<Path> subdirectories;
    try (Stream<Path> children = Files.list(directory)) {
      List<Path> list = children.sorted().toList();
      isCase = !directory.equals(testdata)
          && list.stream().anyMatch(p -> p.getFileName().toString().equals("stackcheck.properties")
              || (Files.isRegularFile(p) && p.toString().endsWith(".java")));
      subdirectories = list.stream().filter(Files::isDirectory).toList();
    }
    if (isCase) {
      into.add(new GoldenCase(directory, testdata.relativize(directory).toString().replace('\\', '/')));
      return;
    }
    for (Path subdirectory : subdirectories) {
      collect(testdata, subdirectory, into);
    }
  }

  /** The Java files to analyze, sorted. */
  List<Path> sources() throws IOException {
    Path lib = root.resolve("lib");
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(lib)).sorted().toList();
    }
  }

  /** Sources of a dependency, compiled and put on the classpath (for S3.5). */
  List<Path> librarySources() throws IOException {
    Path lib = root.resolve("lib");
    if (!Files.isDirectory(lib)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(lib)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  /** False if a source says {@code // javac: skip} (for syntax newer than the JDK that builds us). */
  boolean compiles() throws IOException {
    for (Path source : sources()) {
      if (Files.readString(source).contains("// javac: skip")) {
        return false;
      }
    }
    return true;
  }

  Config config() throws IOException {
    Path file = root.resolve("stackcheck.properties");
    if (!Files.exists(file)) {
      return Config.defaults();
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    }
    return Config.fromProperties(properties, root);
  }

  List<Expectation> expectations() throws IOException {
    List<Expectation> expectations = new ArrayList<>();
    for (Path source : sources()) {
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        expectations.addAll(Expectation.parse(source, i + 1, lines.get(i)));
      }
    }
    return expectations;
  }

  @Override
  public String toString() {
    return name;
  }
}
