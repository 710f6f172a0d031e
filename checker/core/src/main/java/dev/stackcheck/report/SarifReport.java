package dev.stackcheck.report;

import com.google.gson.stream.JsonWriter;
import dev.stackcheck.api.Hop;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Location;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Rule;
import dev.stackcheck.api.Violation;
import dev.stackcheck.api.Warning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report in SARIF 2.1.0, for code-scanning services and IDE viewers; documented in {@code
 * docs/sarif.md}. One result per violating call site, with the witness path as a code flow, the
 * {@code @SystemStack} declaration as a related location and a fingerprint that survives edits;
 * then one result of level {@code warning} per suppression that hides nothing.
 * File URIs are relative to a base directory ({@code uriBaseId} {@value #BASE_ID}) when the file
 * is under it. Keys are written in a fixed order, so the output is byte-for-byte stable.
 * Stateless.
 */
public final class SarifReport {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  /** The uriBaseId of every relative artifact location. */
  public static final String BASE_ID = "SRCROOT";
  /** The key under {@code partialFingerprints}; the version changes if the recipe ever does. */
  public static final String FINGERPRINT = "stackcheck/v1";

  private final Path base;

  /** @param base the directory that relative URIs start from, normally the repository root */
  public SarifReport(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  public void write(Report report, Writer out) {
    try {
      JsonWriter json = new JsonWriter(out);
      json.setIndent("  ");
      json.beginObject();
      json.name("$schema").value(SCHEMA);
      json.name("version").value("2.1.0");
      json.name("runs").beginArray();
      json.beginObject();
      writeTool(json);
      writeInvocation(json, report.errors());
      json.name("originalUriBaseIds").beginObject();
      json.name(BASE_ID).beginObject();
      json.name("uri").value(SarifUris.directory(base));
      json.endObject();
      json.endObject();
      json.name("columnKind").value("utf16CodeUnits");
      json.name("results").beginArray();
      Map<String, Integer> occurrences = new HashMap<>();
      for (Violation violation : report.violations()) {
        String fingerprint = Fingerprint.of(violation);
        int occurrence = occurrences.merge(fingerprint, 1, Integer::sum);
        writeResult(json, violation, fingerprint + ":" + occurrence);
      }
      for (Warning warning : report.warnings()) {
        writeWarning(json, warning);
      }
      json.endArray();
      json.endObject();
      json.endArray();
      json.endObject();
      json.flush();
      out.write("\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeTool(JsonWriter json) throws IOException {
    json.name("tool").beginObject();
    json.name("driver").beginObject();
    json.name("name").value("stackcheck");
    json.name("version").value(Version.get());
    json.name("informationUri").value(RuleHelp.docs().toString());
    json.name("rules").beginArray();
    for (Rule rule : Rule.values()) {
      writeRule(json, rule.id(), rule.summary(), RuleHelp.fullDescription(rule), RuleHelp.helpText(rule), "error");
    }
    writeRule(json, Warning.ID, "A suppression that hides nothing", RuleHelp.unusedSuppressionDescription(),
        RuleHelp.unusedSuppressionHelp(), "warning");
    json.endArray();
    json.endObject();
    json.endObject();
  }

  private static void writeRule(JsonWriter json, String id, String summary, String description, String help, String level)
      throws IOException {
    json.beginObject();
    json.name("id").value(id);
    json.name("name").value(id);
    text(json, "shortDescription", summary);
    text(json, "fullDescription", description);
    json.name("helpUri").value(RuleHelp.helpUri(id).toString());
    text(json, "help", help);
    json.name("defaultConfiguration").beginObject();
    json.name("level").value(level);
    json.endObject();
    json.endObject();
  }

  /** Input errors become error notifications; the run is unsuccessful as exit code 2 is (S9). */
  private void writeInvocation(JsonWriter json, List<InputError> errors) throws IOException {
    json.name("invocations").beginArray();
    json.beginObject();
    json.name("executionSuccessful").value(errors.isEmpty());
    if (!errors.isEmpty()) {
      json.name("toolExecutionNotifications").beginArray();
      for (InputError error : errors) {
        json.beginObject();
        json.name("level").value("error");
        text(json, "message", error.message());
        json.name("locations").beginArray();
        json.beginObject();
        physicalLocation(json, error.location());
        json.endObject();
        json.endArray();
        json.endObject();
      }
      json.endArray();
    }
    json.endObject();
    json.endArray();
  }

  private void writeResult(JsonWriter json, Violation violation, String fingerprint) throws IOException {
    json.beginObject();
    json.name("ruleId").value(violation.rule().id());
    json.name("ruleIndex").value(violation.rule().ordinal());
    json.name("level").value("error");
    text(json, "message", violation.message());
    json.name("locations").beginArray();
    json.beginObject();
    physicalLocation(json, violation.location());
    logicalLocation(json, violation.caller());
    json.endObject();
    json.endArray();
    json.name("partialFingerprints").beginObject();
    json.name(FINGERPRINT).value(fingerprint);
    json.endObject();
    writeDeclaration(json, violation);
    writeCodeFlow(json, violation);
    json.name("properties").beginObject();
    json.name("caller").value(violation.caller());
    json.name("callee").value(violation.callee());
    json.name("viaDispatch").value(violation.viaDispatch());
    json.name("entryPoint").value(violation.entryPointReason());
    json.endObject();
    json.endObject();
  }

  private void writeWarning(JsonWriter json, Warning warning) throws IOException {
    json.beginObject();
    json.name("ruleId").value(Warning.ID);
    json.name("ruleIndex").value(Rule.values().length);
    json.name("level").value("warning");
    text(json, "message", warning.message());
    json.name("locations").beginArray();
    json.beginObject();
    physicalLocation(json, warning.location());
    json.endObject();
    json.endArray();
    json.endObject();
  }

  /** The {@code @SystemStack} declaration: a file position, or only its name when it is compiled. */
  private void writeDeclaration(JsonWriter json, Violation violation) throws IOException {
    Location declaration = violation.calleeLocation();
    json.name("relatedLocations").beginArray();
    json.beginObject();
    json.name("id").value(1);
    if (declaration != null) {
      physicalLocation(json, declaration);
    }
    logicalLocation(json, violation.callee());
    text(json, "message", "@SystemStack " + violation.callee()
        + (declaration == null ? " (declared in a compiled dependency)" : " is declared here"));
    json.endObject();
    json.endArray();
  }

  /** The witness path, entry point first; each step is one call deeper. */
  private void writeCodeFlow(JsonWriter json, Violation violation) throws IOException {
    List<Hop> path = violation.path();
    json.name("codeFlows").beginArray();
    json.beginObject();
    text(json, "message", "entry point " + path.get(0).body() + " (" + violation.entryPointReason() + ")");
    json.name("threadFlows").beginArray();
    json.beginObject();
    json.name("locations").beginArray();
    for (int i = 0; i < path.size(); i++) {
      Hop hop = path.get(i);
      boolean last = i == path.size() - 1;
      json.beginObject();
      json.name("location").beginObject();
      if (hop.location() != null) {
        physicalLocation(json, hop.location());
      }
      logicalLocation(json, hop.body());
      text(json, "message", (last ? "@SystemStack " : "") + hop.body());
      json.endObject();
      json.name("nestingLevel").value(i);
      json.name("executionOrder").value(i + 1);
      json.endObject();
    }
    json.endArray();
    json.endObject();
    json.endArray();
    json.endObject();
    json.endArray();
  }

  private void physicalLocation(JsonWriter json, Location location) throws IOException {
    json.name("physicalLocation").beginObject();
    json.name("artifactLocation").beginObject();
    Path file = location.file().toAbsolutePath().normalize();
    if (file.startsWith(base) && !file.equals(base)) {
      json.name("uri").value(SarifUris.relative(base.relativize(file)));
      json.name("uriBaseId").value(BASE_ID);
    } else {
      json.name("uri").value(file.toUri().toASCIIString());
    }
    json.endObject();
    json.name("region").beginObject();
    json.name("startLine").value(location.line());
    json.name("startColumn").value(location.column());
    json.endObject();
    json.endObject();
  }

  private static void logicalLocation(JsonWriter json, String signature) throws IOException {
    json.name("logicalLocations").beginArray();
    json.beginObject();
    json.name("fullyQualifiedName").value(signature);
    json.name("kind").value("function");
    json.endObject();
    json.endArray();
  }

  private static void text(JsonWriter json, String name, String text) throws IOException {
    json.name(name).beginObject();
    json.name("text").value(text);
    json.endObject();
  }
}
