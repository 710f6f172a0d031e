package dev.stackcheck.golden;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.Hop;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case under {@code testdata/} through the analyzer and compares the report with the
 * expectations written in the sources: every expectation must be met and every diagnostic must
 * be expected. Each case is also compiled with javac (unless it expects input errors), so the test
 * data stays valid Java.
 */
class GoldenTest {
  static Path testdata() {
    String configured = System.getProperty("stackcheck.testdata");
    return Path.of(configured != null ? configured : "../../testdata").toAbsolutePath().normalize();
  }

  static Stream<GoldenCase> cases() throws IOException {
    return GoldenCase.all(testdata()).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesExpectations(GoldenCase golden, @TempDir Path temp) throws IOException {
    Config config = golden.config();
    List<Expectation> expectations = golden.expectations();
    boolean expectsErrors = expectations.stream().anyMatch(e -> e.rule().equals("error"));

    List<Path> library = golden.librarySources();
    if (!library.isEmpty()) {
      Path classes = Files.createDirectories(temp.resolve("lib-classes"));
      assertWithMessage("compiling %s/lib", golden).that(Javac.compile(library, List.of(), classes)).isEmpty();
      config = config.toBuilder().addClasspath(classes).build();
    }
    if (!expectsErrors && golden.compiles()) {
      Path classes = Files.createDirectories(temp.resolve("classes"));
      assertWithMessage("compiling %s with javac (test data must be valid Java)", golden)
          .that(Javac.compile(golden.sources(), config.classpath(), classes))
          .isEmpty();
    }

    Report report = new Analyzer(config).analyze(golden.sources());

    List<String> problems = new ArrayList<>();
    List<Expectation> unmet = new ArrayList<>(expectations);
    for (Violation violation : report.violations()) {
      Expectation match = unmet.stream().filter(e -> matches(e, violation)).findFirst().orElse(null);
      if (match != null) {
        unmet.remove(match);
      } else {
        problems.add("unexpected: " + describe(violation));
      }
    }
    for (InputError error : report.errors()) {
      Expectation match = unmet.stream().filter(e -> matches(e, error)).findFirst().orElse(null);
      if (match != null) {
        unmet.remove(match);
      } else {
        problems.add("unexpected: " + error.location().file().getFileName() + ":" + error.location().line()
            + ": error: " + error.message());
      }
    }
    for (Expectation expectation : unmet) {
      problems.add("missing: " + expectation + nearest(expectation, report));
    }
    assertWithMessage("case %s:\n  %s\n", golden, String.join("\n  ", problems)).that(problems).isEmpty();
  }

  private static boolean matches(Expectation expectation, Violation violation) {
    return expectation.rule().equals(violation.rule().id())
        && sameFile(expectation.file(), violation.location().file())
        && expectation.line() == violation.location().line()
        && (expectation.message() == null || expectation.message().matcher(violation.message()).find())
        && (expectation.path() == null || expectation.path().equals(shortPath(violation)));
  }

  private static boolean matches(Expectation expectation, InputError error) {
    return expectation.rule().equals("error")
        && sameFile(expectation.file(), error.location().file())
        && expectation.line() == error.location().line()
        && (expectation.message() == null || expectation.message().matcher(error.message()).find());
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /** The witness path as simple names: method or class name, {@code lambda$N}, {@code <clinit>}. */
  static List<String> shortPath(Violation violation) {
    List<String> names = new ArrayList<>();
    for (Hop hop : violation.path()) {
      names.add(simpleName(hop.body()));
    }
    return names;
  }

  static String simpleName(String signature) {
    int lambda = signature.lastIndexOf("$lambda$");
    if (lambda >= 0 && signature.indexOf('(', lambda) < 0) {
      return signature.substring(lambda + 1);
    }
    String head = signature;
    // Only a trailing parameter list is the body's own: X.m()$1.<init> is an initializer.
    int paren = head.lastIndexOf('(');
    if (paren >= 0 && head.endsWith(")")) {
      head = head.substring(0, paren);
    }
    return head.substring(head.lastIndexOf('.') + 1);
  }

  private static String describe(Violation violation) {
    return violation.location().file().getFileName() + ":" + violation.location().line() + ":"
        + violation.location().column() + ": [" + violation.rule().id() + "] " + violation.message()
        + "\n      path: " + String.join(" -> ", shortPath(violation));
  }

  private static String nearest(Expectation expectation, Report report) {
    for (Violation violation : report.violations()) {
      if (sameFile(expectation.file(), violation.location().file()) && violation.location().line() == expectation.line()) {
        return "\n      (reported here: " + describe(violation) + ")";
      }
    }
    return "";
  }
}
