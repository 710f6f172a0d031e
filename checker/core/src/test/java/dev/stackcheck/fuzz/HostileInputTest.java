package dev.stackcheck.fuzz;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One regression test per class of hostile input (docs/robustness.md): the analysis ends with a
 * report, a bad file is listed under errors with its line, and a good file next to it is still
 * analyzed (its violation is found).
 */
class HostileInputTest {
  @TempDir Path root;

  @BeforeEach
  void writeGoodFile() throws IOException {
    write("good/Good.java", """
        package good;
        import dev.stackcheck.annotations.SystemStack;
        final class Good {
          @SystemStack static void free() {}
          static void sweep() {
            free();
          }
        }
        """);
  }

  @Test
  void truncatedFileIsReportedAtItsEnd() throws IOException {
    String whole = "package bad;\nfinal class Cut {\n  static void m() {\n    int x = 1;\n  }\n}\n";
    write("bad/Cut.java", whole.substring(0, whole.indexOf("int x") + 5));

    Report report = analyze();

    assertThat(new java.util.TreeSet<>(errorLines(report, "Cut.java"))).containsExactly(4);
    assertGoodFileAnalyzed(report);
  }

  @Test
  void flippedByteIsASyntaxError() throws IOException {
    write("bad/Flip.java", "package bad;\nfinal class Flip #\n  static void m() {}\n}\n");

    Report report = analyze();

    assertThat(errorLines(report, "Flip.java")).contains(2);
    assertGoodFileAnalyzed(report);
  }

  @Test
  void deletedBraceIsASyntaxError() throws IOException {
    write("bad/Brace.java", "package bad;\nfinal class Brace {\n  static void m() {\n    if (true) \n  }\n}\n}\n");

    Report report = analyze();

    assertThat(errorLines(report, "Brace.java")).isNotEmpty();
    assertGoodFileAnalyzed(report);
  }

  @Test
  void unbalancedCommentIsReported() throws IOException {
    write("bad/Comment.java", "package bad;\nfinal class Comment {\n  /* never closed\n  static void m() {}\n}\n");

    Report report = analyze();

    assertThat(errorLines(report, "Comment.java")).isNotEmpty();
    assertGoodFileAnalyzed(report);
  }

  @Test
  void invalidUtf8IsReportedAtItsLine() throws IOException {
    byte[] head = "package bad;\nfinal class Latin {\n  String s = \"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\";\n}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // 'é' in ISO-8859-1
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    Files.createDirectories(root.resolve("bad"));
    Files.write(root.resolve("bad/Latin.java"), bytes);

    Report report = analyze();

    assertThat(errors(report, "Latin.java")).hasSize(1);
    assertThat(errors(report, "Latin.java").get(0).location().line()).isEqualTo(3);
    assertThat(errors(report, "Latin.java").get(0).message()).contains("not valid UTF-8");
    assertGoodFileAnalyzed(report);
  }

  @Test
  void nulByteIsASyntaxError() throws IOException {
    write("bad/Nul.java", "package bad;\nfinal class Nul {\n  static void m() {\u0000}\n}\n");

    Report report = analyze();

    assertThat(errorLines(report, "Nul.java")).contains(3);
    assertGoodFileAnalyzed(report);
  }

  @Test
  void tenMegabyteExpressionIsRefusedBeforeParsing() throws IOException {
    StringBuilder source = new StringBuilder("package bad;\nfinal class Huge {\n  static int f() { return 1");
    while (source.length() < 10_000_000) {
      source.append(" + 1");
    }
    source.append("; }\n}\n");
    write("bad/Huge.java", source.toString());

    Report report = analyze();

    assertThat(errors(report, "Huge.java")).hasSize(1);
    assertThat(errors(report, "Huge.java").get(0).message()).contains("larger than the 8 MiB");
    assertGoodFileAnalyzed(report);
  }

  @Test
  void fiveThousandNestedParenthesesAreRefusedAtTheDepthLimit() throws IOException {
    write("bad/Parens.java", "package bad;\nfinal class Parens {\n  static int f() {\n    return "
        + "(".repeat(5_000) + "1" + ")".repeat(5_000) + ";\n  }\n}\n");

    Report report = analyze();

    assertThat(errorLines(report, "Parens.java")).containsExactly(4);
    assertThat(errors(report, "Parens.java").get(0).message()).contains("nested more than 1000 levels");
    assertGoodFileAnalyzed(report);
  }

  @Test
  void fiveThousandNestedLambdasAreRefusedAtTheDepthLimit() throws IOException {
    StringBuilder source = new StringBuilder("package bad;\nfinal class Lambdas {\n  static void f() {\n");
    for (int i = 0; i < 5_000; i++) {
      source.append("Runnable r").append(i).append(" = () -> {\n");
    }
    source.append("};\n".repeat(5_000)).append("  }\n}\n");
    write("bad/Lambdas.java", source.toString());

    Report report = analyze();

    assertThat(errors(report, "Lambdas.java")).hasSize(1);
    assertThat(errors(report, "Lambdas.java").get(0).message()).contains("nested more than 1000 levels");
    assertGoodFileAnalyzed(report);
  }

  @Test
  void nestingJustUnderTheLimitIsAnalyzed() throws IOException {
    StringBuilder source = new StringBuilder("package deep;\nimport dev.stackcheck.annotations.SystemStack;\n");
    source.append("final class Deep {\n  @SystemStack static void free() {}\n  static void f() {\n");
    for (int i = 0; i < 300; i++) {
      source.append("Runnable r").append(i).append(" = () -> {\n");
    }
    source.append("free();\n").append("};\n".repeat(300)).append("  }\n}\n");
    write("deep/Deep.java", source.toString());

    Report report = analyze();

    assertThat(report.errors()).isEmpty();
    assertThat(violationsIn(report, "Deep.java")).hasSize(1);
    assertThat(violationsIn(report, "Deep.java").get(0).path()).hasSize(302);
  }

  @Test
  void classWithOneHundredThousandMethodsIsAnalyzed() throws IOException {
    StringBuilder source = new StringBuilder("package big;\nimport dev.stackcheck.annotations.SystemStack;\n");
    source.append("final class Big {\n  @SystemStack static void free() {}\n");
    for (int i = 0; i < 100_000; i++) {
      source.append("  static void m").append(i).append("() {}\n");
    }
    source.append("  static void last() { free(); }\n}\n");
    write("big/Big.java", source.toString());

    Report report = analyze();

    assertThat(report.errors()).isEmpty();
    assertThat(report.stats().bodies()).isAtLeast(100_000);
    assertThat(violationsIn(report, "Big.java")).hasSize(1);
    assertGoodFileAnalyzed(report);
  }

  @Test
  void callChainTensOfThousandsDeepIsAnalyzedWithItsWholeWitness() throws IOException {
    // 100,000 in the long run (-Pfuzz-long); 10,000 keeps the default build quick.
    int depth = Integer.getInteger("stackcheck.fuzz.chain", 10_000);
    int perClass = 500;
    int classes = depth / perClass;
    for (int c = 0; c < classes; c++) {
      StringBuilder source = new StringBuilder("package chain;\nimport dev.stackcheck.annotations.SystemStack;\n");
      source.append("final class K").append(c).append(" {\n");
      for (int i = 0; i < perClass; i++) {
        String next =
            i + 1 < perClass ? "m" + (i + 1) + "()" : c + 1 < classes ? "K" + (c + 1) + ".m0()" : "free()";
        source.append("  static void m").append(i).append("() { ").append(next).append("; }\n");
      }
      if (c + 1 == classes) {
        source.append("  @SystemStack static void free() {}\n");
      }
      source.append("}\n");
      write("chain/K" + c + ".java", source.toString());
    }

    Report report = analyze();

    assertThat(report.errors()).isEmpty();
    List<Violation> violations = violationsIn(report, "K" + (classes - 1) + ".java");
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).path()).hasSize(perClass * classes + 1);
    assertGoodFileAnalyzed(report);
  }

  @Test
  void deepInheritanceChainIsAnalyzed() throws IOException {
    int depth = 300;
    StringBuilder source = new StringBuilder("package tall;\nimport dev.stackcheck.annotations.SystemStack;\n");
    source.append("class T0 {\n  @SystemStack void run() {}\n}\n");
    for (int i = 1; i < depth; i++) {
      source.append("class T").append(i).append(" extends T").append(i - 1).append(" {\n  @Override void run() {}\n}\n");
    }
    source.append("final class User {\n  static void go(T0 t) {\n    t.run();\n  }\n}\n");
    write("tall/Tall.java", source.toString());

    Report report = analyze();

    assertThat(report.errors()).isEmpty();
    // Every override inherits @SystemStack (S3.2); the call is reported once.
    assertThat(violationsIn(report, "Tall.java")).hasSize(1);
    assertGoodFileAnalyzed(report);
  }

  @Test
  void cyclicInheritanceIsReportedAndLeftOut() throws IOException {
    write("cyclic/Cyclic.java", """
        package cyclic;
        class A extends B {
          void use() { run(); }
        }
        class B extends A {
          void run() { use(); }
        }
        """);
    write("cyclic/Loops.java", """
        package cyclic;
        interface I extends J { void i(); }
        interface J extends Loops.K { void j(); }
        final class Loops {
          interface K extends I {}
        }
        """);

    Report report = analyze();

    assertThat(errors(report, "Cyclic.java").stream().map(e -> e.location().line()).toList()).containsExactly(2, 5);
    assertThat(errors(report, "Cyclic.java").get(0).message()).isEqualTo("cyclic inheritance involving cyclic.A; the file is not analyzed");
    assertThat(errors(report, "Loops.java").stream().map(InputError::message).toList())
        .containsExactly(
            "cyclic inheritance involving cyclic.I; the file is not analyzed",
            "cyclic inheritance involving cyclic.J; the file is not analyzed",
            "cyclic inheritance involving cyclic.Loops.K; the file is not analyzed");
    assertGoodFileAnalyzed(report);
  }

  @Test
  void sameSimpleNameInAnotherPackageIsNoCycle() throws IOException {
    write("one/Node.java", "package one;\npublic class Node extends two.Node {}\n");
    write("two/Node.java", "package two;\npublic class Node {}\n");

    Report report = analyze();

    assertThat(report.errors()).isEmpty();
  }

  @Test
  void mutualRecursionRingsAreRootsAndReportedOnce() throws IOException {
    int rings = 50;
    int size = 100;
    for (int r = 0; r < rings; r++) {
      StringBuilder source = new StringBuilder("package rings;\nimport dev.stackcheck.annotations.SystemStack;\n");
      source.append("final class Ring").append(r).append(" {\n  @SystemStack static void free() {}\n");
      for (int i = 0; i < size; i++) {
        source.append("  static void r").append(i).append("() { r").append((i + 1) % size).append("();")
            .append(i == size - 1 ? " free();" : "").append(" }\n");
      }
      source.append("}\n");
      write("rings/Ring" + r + ".java", source.toString());
    }

    Report report = analyze();

    assertThat(report.errors()).isEmpty();
    List<Violation> violations =
        report.violations().stream().filter(v -> v.location().file().toString().contains("rings")).toList();
    assertThat(violations).hasSize(rings);
    for (Violation violation : violations) {
      // Every member of a ring nothing else calls is a root (S5.1): the witness is the caller itself.
      assertThat(violation.path()).hasSize(2);
      assertThat(violation.entryPointReason()).contains("recursive cycle");
    }
  }

  private Report analyze() {
    return new Analyzer(Config.defaults()).analyze(List.of(root));
  }

  private void write(String relative, String text) throws IOException {
    Path path = root.resolve(relative);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private void assertGoodFileAnalyzed(Report report) {
    assertWithMessage("the good file's violation").that(violationsIn(report, "Good.java")).hasSize(1);
    assertWithMessage("errors in the good file").that(errors(report, "Good.java")).isEmpty();
  }

  private static List<Violation> violationsIn(Report report, String fileName) {
    return report.violations().stream().filter(v -> v.location().file().getFileName().toString().equals(fileName)).toList();
  }

  private static List<InputError> errors(Report report, String fileName) {
    return report.errors().stream().filter(e -> e.location().file().getFileName().toString().equals(fileName)).toList();
  }

  private static List<Integer> errorLines(Report report, String fileName) {
    return errors(report, fileName).stream().map(e -> e.location().line()).toList();
  }
}
