package dev.stackcheck.report;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.stackcheck.api.Analyzer;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.Hop;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Location;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Rule;
import dev.stackcheck.api.Stats;
import dev.stackcheck.api.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {
  private static final String STACK =
      """
      package demo;

      import dev.stackcheck.annotations.SystemStack;

      final class Stack {
        @SystemStack
        static void free(long n) {}
      }
      """;
  private static final String GC =
      """
      package demo;

      final class Gc {
        static void collect() {
          sweep();
        }

        static void sweep() {
          Stack.free(1);
        }

        static void systemstack(Runnable fn) {
          fn.run();
        }

        static void fine() {
          systemstack(() -> Stack.free(2));
        }
      }
      """;

  private static Schema schema;

  @TempDir Path root;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
    }
  }

  @Test
  void reportOfRealAnalysisValidatesAgainstTheSarifSchema() throws IOException {
    String sarif = sarif(analyze(GC), root);

    assertThat(schemaErrors(sarif)).isEmpty();
    assertThat(results(sarif)).hasSize(1);
  }

  @Test
  void schemaCatchesAnInvalidLevel() throws IOException {
    String sarif = sarif(analyze(GC), root).replace("\"level\": \"error\"", "\"level\": \"fatal\"");

    assertThat(schemaErrors(sarif)).isNotEmpty();
  }

  @Test
  void resultPointsAtTheCallSiteRelativeToTheBase() throws IOException {
    JsonObject result = results(sarif(analyze(GC), root)).get(0).getAsJsonObject();

    assertThat(result.get("ruleId").getAsString()).isEqualTo("SystemStack");
    assertThat(result.get("level").getAsString()).isEqualTo("error");
    JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
    assertThat(physical.getAsJsonObject("artifactLocation").get("uri").getAsString())
        .isEqualTo("my%20app/src/demo/Gc.java");
    assertThat(physical.getAsJsonObject("artifactLocation").get("uriBaseId").getAsString()).isEqualTo("SRCROOT");
    assertThat(physical.getAsJsonObject("region").get("startLine").getAsInt()).isEqualTo(9);
    assertThat(physical.getAsJsonObject("region").get("startColumn").getAsInt()).isEqualTo(11);
  }

  @Test
  void baseIdIsTheBaseDirectoryAsFileUri() throws IOException {
    JsonObject run = run(sarif(analyze(GC), root));

    String uri = run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("SRCROOT").get("uri").getAsString();
    String expected = root.toUri().toString();
    assertThat(uri).isEqualTo(expected.endsWith("/") ? expected : expected + "/");
  }

  @Test
  void witnessPathIsTheThreadFlowEntryPointFirst() throws IOException {
    JsonObject result = results(sarif(analyze(GC), root)).get(0).getAsJsonObject();

    JsonArray steps =
        result.getAsJsonArray("codeFlows").get(0).getAsJsonObject()
            .getAsJsonArray("threadFlows").get(0).getAsJsonObject()
            .getAsJsonArray("locations");
    List<String> bodies = new ArrayList<>();
    for (JsonElement step : steps) {
      bodies.add(step.getAsJsonObject().getAsJsonObject("location").getAsJsonArray("logicalLocations")
          .get(0).getAsJsonObject().get("fullyQualifiedName").getAsString());
    }
    assertThat(bodies).containsExactly("demo.Gc.collect()", "demo.Gc.sweep()", "demo.Stack.free(long)").inOrder();
    JsonObject first = steps.get(0).getAsJsonObject();
    assertThat(first.get("executionOrder").getAsInt()).isEqualTo(1);
    assertThat(region(first.getAsJsonObject("location")).get("startLine").getAsInt()).isEqualTo(5);
  }

  @Test
  void systemStackDeclarationIsARelatedLocation() throws IOException {
    JsonObject result = results(sarif(analyze(GC), root)).get(0).getAsJsonObject();

    JsonObject related = result.getAsJsonArray("relatedLocations").get(0).getAsJsonObject();
    assertThat(related.getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri").getAsString())
        .isEqualTo("my%20app/src/demo/Stack.java");
    assertThat(region(related).get("startLine").getAsInt()).isEqualTo(7);
    assertThat(related.getAsJsonObject("message").get("text").getAsString()).contains("demo.Stack.free(long)");
  }

  @Test
  void rulesCarryDescriptionsHelpAndTheirDocsPage() throws IOException {
    JsonObject driver = run(sarif(analyze(GC), root)).getAsJsonObject("tool").getAsJsonObject("driver");

    JsonArray rules = driver.getAsJsonArray("rules");
    assertThat(rules).hasSize(Rule.values().length + 1); // the rules, then the warning
    assertThat(rules.get(Rule.values().length).getAsJsonObject().get("helpUri").getAsString())
        .endsWith("/rules/UnusedSuppression.md");
    JsonObject rule = rules.get(0).getAsJsonObject();
    assertThat(rule.get("id").getAsString()).isEqualTo("SystemStack");
    assertThat(rule.getAsJsonObject("shortDescription").get("text").getAsString()).isEqualTo(Rule.SYSTEM_STACK.summary());
    assertThat(rule.getAsJsonObject("help").get("text").getAsString()).contains("trampoline");
    assertThat(rule.get("helpUri").getAsString()).endsWith("/rules/SystemStack.md");
  }

  @Test
  void fingerprintIgnoresLineNumbers() throws IOException {
    String before = fingerprint(sarif(analyze(GC), root));
    String after = fingerprint(sarif(analyze("// a new first line\n\n" + GC), root));

    assertThat(after).isEqualTo(before);
    assertThat(before).matches("[0-9a-f]{64}:1");
  }

  @Test
  void fingerprintsCountRepeatedCallsFromOneCaller() {
    Violation first = violation(10, "demo.Gc.sweep()");
    Violation second = violation(12, "demo.Gc.sweep()");
    Report report = report(List.of(first, second), List.of());

    JsonArray results = results(sarif(report, root));

    String one = results.get(0).getAsJsonObject().getAsJsonObject("partialFingerprints").get("stackcheck/v1").getAsString();
    String two = results.get(1).getAsJsonObject().getAsJsonObject("partialFingerprints").get("stackcheck/v1").getAsString();
    assertThat(one).endsWith(":1");
    assertThat(two).isEqualTo(one.replace(":1", ":2"));
  }

  @Test
  void calleeInCompiledDependencyIsNamedWithoutAFile() {
    Path file = root.resolve("App.java");
    Violation violation =
        new Violation(Rule.SYSTEM_STACK, new Location(file, 3, 5), "app.App.main(java.lang.String[])", "lib.Stack.free()",
            false, "app.App.main(java.lang.String[]) calls @SystemStack lib.Stack.free(), but may run on a user stack",
            List.of(new Hop("app.App.main(java.lang.String[])", new Location(file, 3, 5)), new Hop("lib.Stack.free()", null)),
            "a main method");
    String sarif = sarif(report(List.of(violation), List.of()), root);

    assertThat(schemaErrors(sarif)).isEmpty();
    JsonObject related = results(sarif).get(0).getAsJsonObject().getAsJsonArray("relatedLocations").get(0).getAsJsonObject();
    assertThat(related.has("physicalLocation")).isFalse();
    assertThat(related.getAsJsonArray("logicalLocations").get(0).getAsJsonObject().get("fullyQualifiedName").getAsString())
        .isEqualTo("lib.Stack.free()");
  }

  @Test
  void inputErrorsAreErrorNotificationsOfAnUnsuccessfulRun() {
    InputError error = new InputError(new Location(root.resolve("Broken.java"), 2, 7), "syntax error: ';' expected");
    String sarif = sarif(report(List.of(), List.of(error)), root);

    assertThat(schemaErrors(sarif)).isEmpty();
    JsonObject invocation = run(sarif).getAsJsonArray("invocations").get(0).getAsJsonObject();
    assertThat(invocation.get("executionSuccessful").getAsBoolean()).isFalse();
    JsonObject notification = invocation.getAsJsonArray("toolExecutionNotifications").get(0).getAsJsonObject();
    assertThat(notification.get("level").getAsString()).isEqualTo("error");
    assertThat(notification.getAsJsonObject("message").get("text").getAsString()).isEqualTo("syntax error: ';' expected");
  }

  @Test
  void filesOutsideTheBaseGetAbsoluteUris() {
    Path elsewhere = root.getParent().resolve("elsewhere/App.java");
    Violation violation =
        new Violation(Rule.SYSTEM_STACK, new Location(elsewhere, 1, 1), "a.A.m()", "a.S.f()", false, "m calls f",
            List.of(new Hop("a.A.m()", new Location(elsewhere, 1, 1)), new Hop("a.S.f()", null)), "uncalled");
    String sarif = sarif(report(List.of(violation), List.of()), root.resolve("base"));

    assertThat(schemaErrors(sarif)).isEmpty();
    JsonObject artifact = results(sarif).get(0).getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
        .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
    assertThat(artifact.get("uri").getAsString()).isEqualTo(elsewhere.toUri().toString());
    assertThat(artifact.has("uriBaseId")).isFalse();
  }

  @Test
  void sameReportGivesSameBytes() throws IOException {
    Report report = analyze(GC);

    assertThat(sarif(report, root)).isEqualTo(sarif(report, root));
  }

  @Test
  void suppressionThatHidesNothingIsAWarningResultOfItsOwnRule() throws IOException {
    String sarif = sarif(analyze(GC.replace("  static void fine() {", "  @SuppressWarnings(\"SystemStack\")\n  static void fine() {")), root);

    assertThat(schemaErrors(sarif)).isEmpty();
    JsonArray results = results(sarif);
    assertThat(results).hasSize(2);
    JsonObject warning = results.get(1).getAsJsonObject();
    assertThat(warning.get("ruleId").getAsString()).isEqualTo("UnusedSuppression");
    assertThat(warning.get("level").getAsString()).isEqualTo("warning");
    assertThat(warning.getAsJsonObject("message").get("text").getAsString()).contains("hides no stackcheck violation");
    JsonObject rule = run(sarif).getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")
        .get(warning.get("ruleIndex").getAsInt()).getAsJsonObject();
    assertThat(rule.get("id").getAsString()).isEqualTo("UnusedSuppression");
    assertThat(rule.getAsJsonObject("defaultConfiguration").get("level").getAsString()).isEqualTo("warning");
    JsonObject location = warning.getAsJsonArray("locations").get(0).getAsJsonObject();
    assertThat(location.getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri").getAsString())
        .isEqualTo("my%20app/src/demo/Gc.java");
    assertThat(region(location).get("startLine").getAsInt()).isEqualTo(16);
  }

  private Report analyze(String gc) throws IOException {
    Path sources = root.resolve("my app/src/demo");
    Files.createDirectories(sources);
    Files.writeString(sources.resolve("Stack.java"), STACK);
    Files.writeString(sources.resolve("Gc.java"), gc);
    Report report = new Analyzer(Config.defaults()).analyze(List.of(root.resolve("my app/src")));
    assertWithMessage("input errors").that(report.errors()).isEmpty();
    return report;
  }

  private Violation violation(int line, String caller) {
    Path file = root.resolve("Gc.java");
    return new Violation(Rule.SYSTEM_STACK, new Location(file, line, 5), caller, "demo.Stack.free(long)", false,
        caller + " calls @SystemStack demo.Stack.free(long), but may run on a user stack",
        List.of(new Hop(caller, new Location(file, line, 5)), new Hop("demo.Stack.free(long)", new Location(file, 2, 3))),
        "nothing in the analyzed code calls it");
  }

  private static Report report(List<Violation> violations, List<InputError> errors) {
    return new Report(violations, errors, List.of(), new Stats(1, 1, 0, 0, 0, 0, 0, 0));
  }

  private static String sarif(Report report, Path base) {
    StringWriter out = new StringWriter();
    new SarifReport(base).write(report, out);
    return out.toString();
  }

  private static List<String> schemaErrors(String sarif) {
    Consumer<com.networknt.schema.ExecutionContext> strictFormats =
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true));
    List<String> messages = new ArrayList<>();
    for (Error error : schema.validate(sarif, InputFormat.JSON, strictFormats)) {
      messages.add(error.getInstanceLocation() + ": " + error.getMessage());
    }
    return messages;
  }

  private static JsonObject run(String sarif) {
    return JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
  }

  private static JsonArray results(String sarif) {
    return run(sarif).getAsJsonArray("results");
  }

  private static JsonObject region(JsonObject location) {
    return location.getAsJsonObject("physicalLocation").getAsJsonObject("region");
  }

  private static String fingerprint(String sarif) {
    return results(sarif).get(0).getAsJsonObject().getAsJsonObject("partialFingerprints").get("stackcheck/v1").getAsString();
  }
}
