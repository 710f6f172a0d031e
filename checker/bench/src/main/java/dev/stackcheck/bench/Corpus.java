package dev.stackcheck.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A benchmark corpus: the sources of one library version from Maven Central (unpacked by the
 * build under {@code target/corpus/<name>/src}), its compile dependencies ({@code lib/}), its
 * compiled jar ({@code binary/}, for partial runs), and, for one scenario, the methods the
 * benchmark annotates {@code @SystemStack} in a working copy ({@code targets/<name>-<scenario>.txt}:
 * {@code path#method}).
 */
record Corpus(String name, String scenario, Path sources, List<Path> libraries, List<Path> binaries, List<String> targets) {

  static Corpus load(String name, String scenario, Path corpusRoot) throws IOException {
    Path root = corpusRoot.resolve(name);
    Path sources = root.resolve("src");
    if (!Files.isDirectory(sources)) {
      throw new IllegalStateException("corpus " + name + " is not unpacked at " + sources + " (run with -Pbench)");
    }
    return new Corpus(
        name, scenario, sources, jars(root.resolve("lib")), jars(root.resolve("binary")), targets(name + "-" + scenario));
  }

  private static List<Path> jars(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
  }

  private static List<String> targets(String name) throws IOException {
    try (InputStream in = Corpus.class.getResourceAsStream("targets/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("no targets/" + name + ".txt resource");
      }
      List<String> targets = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          targets.add(line.trim());
        }
      }
      return targets;
    }
  }

  /**
   * Copies the sources to {@code work} and annotates each target method {@code @SystemStack}, by
   * inserting the fully qualified annotation in front of its declaration (positions elsewhere in
   * the file do not move). Returns the copied Java files, sorted.
   */
  List<Path> prepare(Path work) throws IOException {
    Path copy = work.resolve(name + "-" + scenario);
    if (Files.exists(copy)) {
      try (Stream<Path> old = Files.walk(copy)) {
        old.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(sources)) {
      for (Path file : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
        Path target = copy.resolve(sources.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
        files.add(target);
      }
    }
    for (String spec : targets) {
      int hash = spec.indexOf('#');
      annotate(copy.resolve(spec.substring(0, hash)), spec.substring(hash + 1));
    }
    return files;
  }

  /** The copied files that hold an annotated method (after {@link #prepare}). */
  List<Path> annotatedFiles(Path work) {
    Path copy = work.resolve(name + "-" + scenario);
    List<Path> files = new ArrayList<>();
    for (String spec : targets) {
      files.add(copy.resolve(spec.substring(0, spec.indexOf('#'))));
    }
    return files;
  }

  private static void annotate(Path file, String method) {
    try {
      String text = Files.readString(file);
      JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
      ParseResult<CompilationUnit> result = parser.parse(text);
      CompilationUnit unit = result.getResult().orElseThrow();
      MethodDeclaration declaration =
          unit.findFirst(MethodDeclaration.class, m -> m.getNameAsString().equals(method))
              .orElseThrow(() -> new IllegalStateException("no method " + method + " in " + file));
      var begin = declaration.getBegin().orElseThrow();
      String[] lines = text.split("\n", -1);
      String line = lines[begin.line - 1];
      lines[begin.line - 1] =
          line.substring(0, begin.column - 1) + "@dev.stackcheck.annotations.SystemStack " + line.substring(begin.column - 1);
      Files.writeString(file, String.join("\n", lines));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
