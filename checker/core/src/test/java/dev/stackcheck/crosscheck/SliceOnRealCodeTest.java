package dev.stackcheck.crosscheck;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.body.MethodDeclaration;
import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The optimizations of a one-shot run (the slice of bodies that may reach {@code @SystemStack}
 * code, and not asking the solver about calls that name nothing of the analysis) must not change
 * what is reported. On a real library with methods deep in its call graph annotated
 * {@code @SystemStack} (the benchmark's scenarios, docs/performance.md), the optimized report's
 * violations and errors equal those of resolving every call site.
 */
class SliceOnRealCodeTest {
  /** Per corpus, {@code path#method}: the first method of that name in the file is annotated. */
  private static final Map<String, List<String>> TARGETS =
      Map.of(
          "commons-lang3",
          List.of(
              "org/apache/commons/lang3/math/Fraction.java#greatestCommonDivisor",
              "org/apache/commons/lang3/time/DateUtils.java#isSameInstant",
              "org/apache/commons/lang3/RandomStringUtils.java#random",
              "org/apache/commons/lang3/ClassUtils.java#isAssignable",
              "org/apache/commons/lang3/CharSequenceUtils.java#regionMatches",
              "org/apache/commons/lang3/ArrayUtils.java#toPrimitive",
              "org/apache/commons/lang3/CharUtils.java#isAsciiPrintable"),
          "guava",
          List.of(
              "com/google/common/io/ByteStreams.java#skipSafely",
              "com/google/common/net/InetAddresses.java#textToNumericFormatV4",
              "com/google/common/math/LongMath.java#fitsInInt",
              "com/google/common/collect/Hashing.java#smear",
              "com/google/common/base/Strings.java#lenientFormat"));

  static List<Corpus> corpora() {
    return Corpus.configured();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpora")
  void optimizedReportEqualsResolvingEveryCall(Corpus corpus, @TempDir Path temp) throws IOException {
    Path sources = temp.resolve("src");
    try (Stream<Path> files = Files.walk(corpus.sources())) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Path copy = sources.resolve(corpus.sources().relativize(file).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
    for (String target : TARGETS.getOrDefault(corpus.name(), List.of())) {
      int hash = target.indexOf('#');
      annotate(sources.resolve(target.substring(0, hash)), target.substring(hash + 1));
    }
    Config.Builder config = Config.builder();
    corpus.classpath().forEach(config::addClasspath);

    Report optimized = new Analyzer(config.resolveAll(false).build()).analyze(List.of(sources));
    Report everything = new Analyzer(config.resolveAll(true).build()).analyze(List.of(sources));

    assertWithMessage("the annotations were injected and reached").that(optimized.violations()).isNotEmpty();
    assertThat(optimized.stats().skippedCalls()).isGreaterThan(0);
    assertThat(everything.stats().skippedCalls()).isEqualTo(0);
    assertWithMessage("violations of %s, optimized vs every call resolved", corpus)
        .that(optimized.violations())
        .isEqualTo(everything.violations());
    assertThat(optimized.errors()).isEqualTo(everything.errors());
  }

  /** Puts {@code @SystemStack} in front of the first declaration of {@code method}; nothing else moves. */
  private static void annotate(Path file, String method) throws IOException {
    String text = Files.readString(file);
    MethodDeclaration declaration =
        StaticJavaParser.parse(text)
            .findFirst(MethodDeclaration.class, m -> m.getNameAsString().equals(method))
            .orElseThrow(() -> new IllegalStateException("no method " + method + " in " + file));
    var begin = declaration.getBegin().orElseThrow();
    String[] lines = text.split("\n", -1);
    String line = lines[begin.line - 1];
    lines[begin.line - 1] = line.substring(0, begin.column - 1) + "@dev.stackcheck.annotations.SystemStack "
        + line.substring(begin.column - 1);
    Files.writeString(file, String.join("\n", lines));
  }
}
