package dev.stackcheck;

import static com.google.common.truth.Truth.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.Report;
import dev.stackcheck.report.JsonReport;
import dev.stackcheck.report.PathDisplay;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S8: the JSON report's schema, version 1, as documented in docs/json-report.md. */
class JsonReportTest {
  @TempDir Path root;
  private JsonObject json;
  private String text;

  @BeforeEach
  void analyze() throws IOException {
    Sources sources = new Sources(root);
    sources.write("src/Gc.java", """
        import dev.stackcheck.annotations.SystemStack;
        import missing.Library;
        class Gc {
          @SystemStack static void stackfree(long n) {}
          public static void main(String[] args) {
            helper();
            Library.call();
          }
          static void helper() {
            stackfree(1);
          }
        }
        """);
    sources.write("src/Broken.java", "class Broken { int x = ; }\n");
    // resolve-all, so that the call into the missing library is asked of the solver and listed.
    Report report = sources.analyze(Config.builder().resolveAll(true).build());
    StringWriter out = new StringWriter();
    new JsonReport(new PathDisplay(root)).write(report, out);
    text = out.toString();
    json = JsonParser.parseString(text).getAsJsonObject();
  }

  @Test
  void versionComesFirst() {
    assertThat(text).startsWith("{\n  \"version\": 1,");
    assertThat(json.get("version").getAsInt()).isEqualTo(JsonReport.SCHEMA_VERSION);
    assertThat(json.keySet()).containsExactly("version", "tool", "violations", "errors", "warnings", "unresolved", "stats").inOrder();
  }

  @Test
  void violationCarriesLocationSignaturesAndWitnessPath() {
    JsonArray violations = json.getAsJsonArray("violations");
    assertThat(violations.size()).isEqualTo(1);
    JsonObject violation = violations.get(0).getAsJsonObject();
    assertThat(violation.keySet())
        .containsExactly("rule", "file", "line", "column", "caller", "callee", "viaDispatch", "message", "entryPoint", "path")
        .inOrder();
    assertThat(violation.get("rule").getAsString()).isEqualTo("SystemStack");
    assertThat(violation.get("file").getAsString()).isEqualTo("src/Gc.java");
    assertThat(violation.get("line").getAsInt()).isEqualTo(10);
    assertThat(violation.get("column").getAsInt()).isEqualTo(5);
    assertThat(violation.get("caller").getAsString()).isEqualTo("Gc.helper()");
    assertThat(violation.get("callee").getAsString()).isEqualTo("Gc.stackfree(long)");
    assertThat(violation.get("viaDispatch").getAsBoolean()).isFalse();
    assertThat(violation.get("entryPoint").getAsString()).isEqualTo("main method");

    JsonArray path = violation.getAsJsonArray("path");
    List<String> hops = List.of(hop(path, 0), hop(path, 1), hop(path, 2));
    assertThat(hops)
        .containsExactly(
            "Gc.main(java.lang.String[]) src/Gc.java:6:5",
            "Gc.helper() src/Gc.java:10:5",
            "Gc.stackfree(long) src/Gc.java:4:28")
        .inOrder();
  }

  @Test
  void errorsUnresolvedCallsAndStats() {
    JsonObject error = json.getAsJsonArray("errors").get(0).getAsJsonObject();
    assertThat(error.keySet()).containsExactly("file", "line", "column", "message").inOrder();
    assertThat(error.get("file").getAsString()).isEqualTo("src/Broken.java");
    assertThat(error.get("line").getAsInt()).isEqualTo(1);

    JsonObject unresolved = json.getAsJsonArray("unresolved").get(0).getAsJsonObject();
    assertThat(unresolved.keySet()).containsExactly("file", "line", "column", "call", "candidates", "reason").inOrder();
    assertThat(unresolved.get("call").getAsString()).isEqualTo("Library.call(0 args)");
    assertThat(unresolved.get("candidates").getAsInt()).isEqualTo(0);

    JsonObject stats = json.getAsJsonObject("stats");
    assertThat(stats.keySet())
        .containsExactly("files", "bodies", "edges", "callSites", "resolvedCalls", "fallbackCalls", "unresolvedCalls", "skippedCalls")
        .inOrder();
    assertThat(stats.get("files").getAsInt()).isEqualTo(2);
    assertThat(stats.get("unresolvedCalls").getAsInt()).isEqualTo(1);
    assertThat(stats.get("callSites").getAsInt())
        .isEqualTo(stats.get("resolvedCalls").getAsInt() + stats.get("fallbackCalls").getAsInt() + 1);
  }

  private static String hop(JsonArray path, int index) {
    JsonObject hop = path.get(index).getAsJsonObject();
    return hop.get("body").getAsString() + " " + hop.get("file").getAsString() + ":" + hop.get("line").getAsInt() + ":"
        + hop.get("column").getAsInt();
  }
}
