package dev.stackcheck;

import static com.google.common.truth.Truth.assertThat;

import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.Report;
import dev.stackcheck.report.JsonReport;
import dev.stackcheck.report.PathDisplay;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S7.6: the same input gives the same report, byte for byte, whatever the order of work. */
class DeterminismTest {
  @TempDir Path root;
  private Sources sources;
  private final List<Path> files = new ArrayList<>();

  @BeforeEach
  void writeProgram() throws IOException {
    sources = new Sources(root);
    files.add(sources.write("rt/Stack.java", """
        package rt;
        import dev.stackcheck.annotations.SystemStack;
        public class Stack {
          @SystemStack public static void stackfree(long n) {}
          @SystemStack public void flush() {}
        }
        """));
    files.add(sources.write("rt/Gc.java", """
        package rt;
        class Gc {
          public static void main(String[] args) {
            Stack.stackfree(1);
            new Stack().flush();
            Runnable later = () -> Stack.stackfree(2);
            later.run();
            systemstack(() -> Stack.stackfree(3));
            Mark.mark();
          }
          static void systemstack(Runnable fn) { fn.run(); }
        }
        """));
    files.add(sources.write("rt/Mark.java", """
        package rt;
        class Mark {
          static void mark() { Stack.stackfree(4); other(); }
          static void other() { Stack.stackfree(5); }
          static { Stack.stackfree(6); }
        }
        """));
    files.add(sources.write("rt/Broken.java", """
        package rt;
        class Broken { void m() { int x = ; } }
        """));
  }

  @Test
  void sameInputTwiceGivesIdenticalJson() {
    String first = json(analyze(Config.defaults(), List.of(root)));
    String second = json(analyze(Config.defaults(), List.of(root)));
    assertThat(first).contains("\"rule\": \"SystemStack\"");
    assertThat(second).isEqualTo(first);
  }

  @Test
  void orderOfInputsAndNumberOfThreadsDoNotMatter() {
    String reference = json(analyze(Config.defaults().toBuilder().threads(1).build(), files));
    List<Path> reversed = new ArrayList<>(files);
    java.util.Collections.reverse(reversed);
    String parallel = json(analyze(Config.defaults().toBuilder().threads(4).build(), reversed));
    assertThat(parallel).isEqualTo(reference);
  }

  @Test
  void violationsAreSortedByFileLineAndColumn() {
    Report report = analyze(Config.defaults(), List.of(root));
    List<String> order = new ArrayList<>();
    report.violations().forEach(v -> order.add(v.location().file().getFileName() + ":" + v.location().line()));
    assertThat(order).containsExactly("Gc.java:4", "Gc.java:5", "Gc.java:6", "Mark.java:3", "Mark.java:4", "Mark.java:5")
        .inOrder();
  }

  /**
   * The solver breaks ties between overloads in the iteration order of a hash set of identity
   * objects, which differs from run to run; the overload check must make the choice stable.
   */
  @Test
  void overloadChoiceIsTheSameInEveryRun() throws IOException {
    Sources overloads = new Sources(root.resolve("overloads"));
    overloads.write("Free.java", """
        import dev.stackcheck.annotations.SystemStack;
        class Free {
          @SystemStack static void free(long n) {}
          static void free(int n) {}
          static void free(Object o) {}
          @SystemStack static void free(String s) {}
          static void free(long[] stacks) {}
          @SystemStack static void free(double[] stacks) {}
          static void free(float[] stacks) {}
          public static void main(String[] args) {
            Long boxed = 1L;
            free(boxed);
            free(new long[1]);
            free(new float[1]);
            free(new double[1]);
          }
        }
        """);
    String first = json(analyze(Config.defaults(), List.of(overloads.root())));
    for (int run = 0; run < 4; run++) {
      assertThat(json(analyze(Config.defaults(), List.of(overloads.root())))).isEqualTo(first);
    }
    assertThat(first).contains("\"line\": 15,");
    assertThat(first).doesNotContain("\"line\": 12,");
    assertThat(first).doesNotContain("\"line\": 13,");
    assertThat(first).doesNotContain("\"line\": 14,");
  }

  private static Report analyze(Config config, List<Path> inputs) {
    return new Analyzer(config).analyze(inputs);
  }

  private String json(Report report) {
    StringWriter out = new StringWriter();
    new JsonReport(new PathDisplay(root)).write(report, out);
    return out.toString();
  }
}
