package dev.stackcheck.api;

import static com.google.common.truth.Truth.assertThat;

import dev.stackcheck.report.JsonReport;
import dev.stackcheck.report.PathDisplay;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The graph a workspace keeps between updates gives what a fresh analysis gives, in the cases
 * where only part of the graph is looked at: calls dispatched to an implementation inherited from
 * an unrelated superclass, and suppressions in files that cannot reach {@code @SystemStack} code.
 */
class WorkspaceGraphTest {
  @TempDir Path root;

  @Test
  void aCallDispatchedToAnInheritedImplementationIsOnTheWitnessPath() throws IOException {
    writeInheritance("  public void m() { Rt.deep(); }\n");
    try (Workspace workspace = Workspace.open(Config.defaults(), List.of(root))) {
      Report report = workspace.report();

      assertThat(report.violations()).hasSize(1);
      assertThat(hops(report.violations().get(0))).containsExactly("p.User.run(p.I)", "p.S.m()", "p.Rt.deep()").inOrder();
      assertSameAsFreshAnalyses(report);
    }
  }

  @Test
  void aNewSuperclassRelinksCallsThatOnlyNameAnInterface() throws IOException {
    writeInheritance("  public void m() { Rt.deep(); }\n");
    write("p/S2.java", "package p;\nclass S2 {\n  public void m() {}\n}\n");
    Path subclass = write("p/C.java", "package p;\nclass C extends S2 implements I {}\n");
    try (Workspace workspace = Workspace.open(Config.defaults(), List.of(root))) {
      assertThat(workspace.report().violations()).hasSize(1);
      assertThat(hops(workspace.report().violations().get(0))).containsExactly("p.S.m()", "p.Rt.deep()").inOrder();

      write("p/C.java", "package p;\nclass C extends S implements I {}\n");
      Workspace.Update update = workspace.apply(List.of(Workspace.Change.disk(subclass)));

      assertThat(update.resolved()).containsExactly(subclass);
      assertThat(hops(update.report().violations().get(0))).containsExactly("p.User.run(p.I)", "p.S.m()", "p.Rt.deep()").inOrder();
      assertSameAsFreshAnalyses(update.report());
    }
  }

  @Test
  void aSuperclassMethodMadePublicRelinksCallsThatOnlyNameAnInterface() throws IOException {
    Path superclass = writeInheritance("  private void m() { Rt.deep(); }\n");
    try (Workspace workspace = Workspace.open(Config.defaults(), List.of(root))) {
      assertThat(hops(workspace.report().violations().get(0))).containsExactly("p.S.m()", "p.Rt.deep()").inOrder();

      write("p/S.java", Files.readString(superclass).replace("private void m()", "public void m()"));
      Workspace.Update update = workspace.apply(List.of(Workspace.Change.disk(superclass)));

      assertThat(update.resolved()).doesNotContain(root.resolve("p/User.java"));
      assertThat(hops(update.report().violations().get(0))).containsExactly("p.User.run(p.I)", "p.S.m()", "p.Rt.deep()").inOrder();
      assertSameAsFreshAnalyses(update.report());
    }
  }

  @Test
  void aSuppressionThatHidesNothingIsReportedInAFileThatCannotReachSystemStackCode() throws IOException {
    write("p/A.java", """
        package p;
        import dev.stackcheck.annotations.SystemStack;
        class A {
          @SystemStack static void deep() {}
          static void ok() {}
        }
        """);
    write("p/B.java", """
        package p;
        class B {
          @SuppressWarnings("SystemStack")
          static void f() { A.ok(); }
        }
        """);
    try (Workspace workspace = Workspace.open(Config.defaults(), List.of(root))) {
      Report report = workspace.report();

      assertThat(report.warnings()).hasSize(1);
      assertThat(report.warnings().get(0).location().file()).isEqualTo(root.resolve("p/B.java"));
      assertSameAsFreshAnalyses(report);
    }
  }

  /** {@code C extends S implements I}: S's {@code m} implements I's for C, though S knows nothing of I. */
  private Path writeInheritance(String superclassMembers) throws IOException {
    write("p/I.java", "package p;\ninterface I { void m(); }\n");
    write("p/C.java", "package p;\nclass C extends S implements I {}\n");
    write("p/Rt.java", """
        package p;
        import dev.stackcheck.annotations.SystemStack;
        class Rt {
          @SystemStack static void deep() {}
        }
        """);
    write("p/User.java", "package p;\nclass User {\n  static void run(I i) { i.m(); }\n}\n");
    return write("p/S.java", "package p;\nclass S {\n" + superclassMembers + "}\n");
  }

  private void assertSameAsFreshAnalyses(Report report) {
    Report oneShot = new Analyzer(Config.defaults()).analyze(List.of(root));
    assertThat(report.violations()).isEqualTo(oneShot.violations());
    assertThat(report.warnings()).isEqualTo(oneShot.warnings());
    try (Workspace fresh = Workspace.open(Config.defaults(), List.of(root))) {
      assertThat(json(report)).isEqualTo(json(fresh.report()));
    }
  }

  private String json(Report report) {
    StringWriter out = new StringWriter();
    new JsonReport(new PathDisplay(root)).write(report, out);
    return out.toString();
  }

  private static List<String> hops(Violation violation) {
    return violation.path().stream().map(Hop::body).toList();
  }

  private Path write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text).toAbsolutePath().normalize();
  }
}
