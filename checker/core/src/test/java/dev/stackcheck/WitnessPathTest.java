package dev.stackcheck;

import static dev.stackcheck.ReportSubject.assertThat;

import dev.stackcheck.api.Report;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S7.4: what the hops of a witness path name and where they point. */
class WitnessPathTest {
  @TempDir Path root;

  @Test
  void eachHopPointsAtTheCallThatLeadsToTheNextAndTheLastAtTheCallee() throws IOException {
    Sources sources = new Sources(root);
    sources.write("Gc.java", """
        import dev.stackcheck.annotations.SystemStack;
        class Gc {
          @SystemStack static void stackfree(long n) {}
          public static void main(String[] args) {
            Runnable later = () -> drain();
            later.run();
          }
          static void drain() {
              stackfree(1);
          }
        }
        """);
    Report report = sources.analyze();

    assertThat(report).hasViolation("SystemStack").inFile("Gc.java").onLine(9).atColumn(7)
        .path()
        .containsExactly("Gc.main(java.lang.String[])", "Gc.main(java.lang.String[])$lambda$1", "Gc.drain()", "Gc.stackfree(long)")
        .inOrder();
    assertThat(report).hasViolation("SystemStack").inFile("Gc.java").onLine(9)
        .pathLocations()
        .containsExactly("5:22", "5:28", "9:7", "3:28")
        .inOrder();
  }

  @Test
  void implicitSuperIsAHopAtTheConstructor() throws IOException {
    Sources sources = new Sources(root);
    sources.write("Spans.java", """
        import dev.stackcheck.annotations.SystemStack;
        class Span { @SystemStack Span() {} }
        class Fixed extends Span {}
        class Spans {
          public static void main(String[] args) { new Fixed(); }
        }
        """);
    Report report = sources.analyze();

    assertThat(report).hasViolation("SystemStack").inFile("Spans.java").onLine(3).atColumn(7)
        .message().contains("implicitly calls @SystemStack Span.Span() (super())");
    assertThat(report).hasViolation("SystemStack").inFile("Spans.java").onLine(3)
        .pathLocations().containsExactly("5:44", "3:7", "2:27").inOrder();
  }
}
