package dev.stackcheck.resolve;

import static com.google.common.truth.Truth.assertThat;

import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.UnresolvedSite;
import dev.stackcheck.api.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fallback's promise (docs/call-graph.md): a call the symbol solver cannot resolve is connected
 * to every method of the analyzed code with its name and argument count, so a violation is never
 * missed because the classpath is incomplete; the site is counted and listed for the user.
 */
class FallbackTest {
  @TempDir Path folder;

  @Test
  void unresolvableCallStillReachesTheSystemStackMethodByNameAndArity() throws IOException {
    Files.writeString(
        folder.resolve("Stack.java"),
        """
        package runtime;
        import dev.stackcheck.annotations.SystemStack;
        class Stack {
          @SystemStack static void stackfree(int size) {}
          static void stackfree(int size, int order) {}
        }
        """);
    // Pool comes from a jar that is not on the classpath: the solver cannot resolve the call.
    Files.writeString(
        folder.resolve("Gc.java"),
        """
        package runtime;
        import org.example.missing.Pool;
        class Gc {
          void markroot(Pool pool) {
            pool.stackfree(64);
          }
        }
        """);

    Report report = new Analyzer(Config.defaults()).analyze(List.of(folder));

    assertThat(report.violations()).hasSize(1);
    Violation violation = report.violations().get(0);
    // An unresolvable parameter type is named as written.
    assertThat(violation.caller()).isEqualTo("runtime.Gc.markroot(Pool)");
    assertThat(violation.callee()).isEqualTo("runtime.Stack.stackfree(int)");
    assertThat(violation.location().line()).isEqualTo(5);
    assertThat(report.stats().fallbackCalls()).isEqualTo(1);
    assertThat(report.unresolvedSites()).hasSize(1);
    UnresolvedSite site = report.unresolvedSites().get(0);
    assertThat(site.location().line()).isEqualTo(5);
    assertThat(site.candidates()).isEqualTo(1);
  }

  @Test
  void callThatMatchesNoMethodByNameIsCountedUnresolved() throws IOException {
    Files.writeString(
        folder.resolve("Gc.java"),
        """
        package runtime;
        import org.example.missing.Pool;
        class Gc {
          void markroot(Pool pool) {
            pool.drain();
          }
        }
        """);

    // resolve-all: by default a call naming nothing of the analysis is not even asked of the solver.
    Report report = new Analyzer(Config.builder().resolveAll(true).build()).analyze(List.of(folder));

    assertThat(report.violations()).isEmpty();
    assertThat(report.stats().unresolvedCalls()).isEqualTo(1);
    assertThat(report.unresolvedSites().get(0).candidates()).isEqualTo(0);
  }
}
