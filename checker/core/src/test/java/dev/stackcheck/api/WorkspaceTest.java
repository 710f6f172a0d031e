package dev.stackcheck.api;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a workspace redoes after an edit: only the changed file, plus files that depend on what changed. */
class WorkspaceTest {
  @TempDir Path root;
  private Path stack;
  private Path gc;
  private Path unrelated;

  @BeforeEach
  void writeProject() throws IOException {
    stack = write("rt/Stack.java", """
        package rt;
        import dev.stackcheck.annotations.SystemStack;
        final class Stack {
          @SystemStack
          static void stackfree(long n) {}
          static void helper() {}
        }
        """);
    gc = write("rt/Gc.java", """
        package rt;
        final class Gc {
          static void sweep() {
            Stack.helper();
          }
        }
        """);
    unrelated = write("other/Clock.java", """
        package other;
        final class Clock {
          static long now() { return System.nanoTime(); }
        }
        """);
  }

  @Test
  void anEditInsideABodyRedoesOnlyThatFile() {
    try (Workspace workspace = Workspace.open(Config.defaults(), List.of(root))) {
      assertThat(workspace.report().violations()).isEmpty();

      Workspace.Update update =
          workspace.apply(List.of(Workspace.Change.text(gc, text(gc).replace("Stack.helper();", "Stack.stackfree(1);"))));

      assertThat(update.full()).isFalse();
      assertThat(update.parsed()).containsExactly(gc);
      assertThat(update.resolved()).containsExactly(gc);
      assertThat(update.report().violations()).hasSize(1);
      assertThat(update.report().violations().get(0).location().file()).isEqualTo(gc);
    }
  }

  @Test
  void anEditKeepsTheResolutionsOfTheMembersItDidNotTouch() {
    try (Workspace workspace = Workspace.open(Config.defaults(), List.of(root))) {
      String twoMethods = text(gc).replace("  static void sweep() {", "  static void mark() {\n    Stack.stackfree(3);\n  }\n  static void sweep() {");
      workspace.apply(List.of(Workspace.Change.text(gc, twoMethods)));

      Workspace.Update update =
          workspace.apply(List.of(Workspace.Change.text(gc, twoMethods.replace("Stack.helper();", "Stack.helper();\n    Stack.helper();"))));

      assertThat(update.restoredBodies()).isEqualTo(1);
      assertThat(update.report().violations()).hasSize(1);
      assertThat(update.report().violations().get(0).location().line()).isEqualTo(4);
    }
  }

  @Test
  void aChangedDeclarationRedoesItsDependentsButNotOtherFiles() {
    try (Workspace workspace = Workspace.open(Config.defaults(), List.of(root))) {
      String annotated = text(stack).replace("  static void helper", "  @SystemStack\n  static void helper");

      Workspace.Update update = workspace.apply(List.of(Workspace.Change.text(stack, annotated)));

      assertThat(update.full()).isFalse();
      assertThat(update.parsed()).containsExactly(stack);
      assertThat(update.resolved()).containsExactly(gc, stack);
      assertThat(update.resolved()).doesNotContain(unrelated);
      assertThat(update.report().violations()).hasSize(1);
      assertThat(update.report().violations().get(0).location().file()).isEqualTo(gc);
    }
  }

  @Test
  void aResolvedFileRecordsTheTypesItLookedUp() {
    try (Workspace workspace = Workspace.open(Config.defaults(), List.of(root))) {
      assertThat(workspace.dependencies(gc)).contains("rt.Stack");
      assertThat(workspace.dependencies(unrelated)).doesNotContain("rt.Stack");
    }
  }

  @Test
  void aNewFileAndADeletedFileAreFollowed() throws IOException {
    try (Workspace workspace = Workspace.open(Config.defaults(), List.of(root))) {
      Path caller = write("rt/Caller.java", """
          package rt;
          final class Caller {
            static void run() { Stack.stackfree(2); }
          }
          """);
      assertThat(workspace.apply(List.of(Workspace.Change.disk(caller))).report().violations()).hasSize(1);

      Files.delete(caller);
      Workspace.Update update = workspace.apply(List.of(Workspace.Change.disk(caller)));
      assertThat(update.report().violations()).isEmpty();
      assertThat(update.report().stats().files()).isEqualTo(3);
    }
  }

  @Test
  void aFileOutsideTheRootsIsIgnored(@TempDir Path elsewhere) throws IOException {
    Path outside = Files.writeString(elsewhere.resolve("X.java"), "class X { void f() { rt.Stack.stackfree(1); } }");
    try (Workspace workspace = Workspace.open(Config.defaults(), List.of(root))) {
      assertThat(workspace.contains(outside)).isFalse();
      Workspace.Update update = workspace.apply(List.of(Workspace.Change.disk(outside)));
      assertThat(update.parsed()).isEmpty();
      assertThat(update.report().stats().files()).isEqualTo(3);
    }
  }

  @Test
  void aCycleOfInheritanceMadeByAnEditIsReportedAndGoneWhenUndone() throws IOException {
    Path a = write("cyc/A.java", "package cyc;\nclass A {}\n");
    Path b = write("cyc/B.java", "package cyc;\nclass B extends A {\n  void f() {}\n}\n");
    try (Workspace workspace = Workspace.open(Config.defaults(), List.of(root))) {
      write("cyc/A.java", "package cyc;\nclass A extends B {}\n");
      Workspace.Update cyclic = workspace.apply(List.of(Workspace.Change.disk(a)));
      assertThat(cyclic.report().errors()).hasSize(2);
      assertThat(cyclic.report().errors().get(1).location().file()).isEqualTo(b);
      assertThat(cyclic.report().errors()).isEqualTo(new Analyzer(Config.defaults()).analyze(List.of(root)).errors());

      write("cyc/B.java", "package cyc;\n\nclass B extends A {\n  void f() { g(); }\n  void g() {}\n}\n");
      Workspace.Update moved = workspace.apply(List.of(Workspace.Change.disk(b)));
      assertThat(moved.report().errors().get(1).location().line()).isEqualTo(3);

      write("cyc/A.java", "package cyc;\nclass A {}\n");
      assertThat(workspace.apply(List.of(Workspace.Change.disk(a))).report().errors()).isEmpty();
    }
  }

  private Path write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text).toAbsolutePath().normalize();
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
