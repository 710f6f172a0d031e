package dev.stackcheck;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S9: the exit status a report asks for. */
class ExitCodeTest {
  private static final String STACK = """
      import dev.stackcheck.annotations.SystemStack;
      class Stack { @SystemStack static void stackfree(long n) {} }
      """;

  @TempDir Path root;

  @Test
  void cleanInputExitsZero() throws IOException {
    Sources sources = new Sources(root);
    sources.write("Stack.java", STACK);
    sources.write("Gc.java", "class Gc { void f() { systemstack(() -> Stack.stackfree(1)); } static void systemstack(Runnable fn) {} }");
    assertThat(sources.analyze().exitCode()).isEqualTo(0);
  }

  @Test
  void violationsExitOne() throws IOException {
    Sources sources = new Sources(root);
    sources.write("Stack.java", STACK);
    sources.write("Gc.java", "class Gc { void f() { Stack.stackfree(1); } }");
    assertThat(sources.analyze().exitCode()).isEqualTo(1);
  }

  @Test
  void inputErrorsExitTwoEvenWithViolations() throws IOException {
    Sources sources = new Sources(root);
    sources.write("Stack.java", STACK);
    sources.write("Gc.java", "class Gc { void f() { Stack.stackfree(1); } }");
    sources.write("Broken.java", "class Broken {");
    assertThat(sources.analyze().violations()).hasSize(1);
    assertThat(sources.analyze().exitCode()).isEqualTo(2);
  }
}
