package dev.stackcheck.crosscheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real library unpacked by the build (see checker/core/pom.xml): its sources, its compiled
 * classes of the same release, and the jars it compiles against.
 *
 * @param name the folder under the corpus root, e.g. {@code commons-lang3}
 * @param sources the unpacked sources jar
 * @param classes the unpacked binary jar
 * @param classpath the library's compile dependencies (jars), for the symbol solver
 */
record Corpus(String name, Path sources, Path classes, List<Path> classpath) {
  /** The corpora the build configured ({@code stackcheck.corpora} under {@code stackcheck.corpus.root}). */
  static List<Corpus> configured() {
    String root = System.getProperty("stackcheck.corpus.root", "target/corpus");
    String names = System.getProperty("stackcheck.corpora", "commons-lang3");
    List<Corpus> corpora = new ArrayList<>();
    for (String name : names.split(",")) {
      if (!name.isBlank()) {
        corpora.add(at(Path.of(root).toAbsolutePath().normalize().resolve(name.trim())));
      }
    }
    return corpora;
  }

  static Corpus at(Path folder) {
    Path sources = folder.resolve("src");
    Path classes = folder.resolve("classes");
    if (!Files.isDirectory(sources) || !Files.isDirectory(classes)) {
      throw new IllegalStateException(
          folder + " has no src/ and classes/: run the build's generate-test-resources phase first");
    }
    List<Path> jars = new ArrayList<>();
    Path lib = folder.resolve("lib");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> files = Files.list(lib)) {
        files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(jars::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Corpus(folder.getFileName().toString(), sources, classes, List.copyOf(jars));
  }

  @Override
  public String toString() {
    return name;
  }
}
