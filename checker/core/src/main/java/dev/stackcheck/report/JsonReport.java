package dev.stackcheck.report;

import com.google.gson.stream.JsonWriter;
import dev.stackcheck.api.Hop;
import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Location;
import dev.stackcheck.api.Report;
import dev.stackcheck.api.Stats;
import dev.stackcheck.api.UnresolvedSite;
import dev.stackcheck.api.Violation;
import dev.stackcheck.api.Warning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The machine-readable report (S8), schema version 1, documented in {@code docs/json-report.md}.
 * Keys are written in a fixed order so the output is byte-for-byte stable. Stateless.
 */
public final class JsonReport {
  public static final int SCHEMA_VERSION = 1;

  private final PathDisplay paths;

  public JsonReport(PathDisplay paths) {
    this.paths = paths;
  }

  public void write(Report report, Writer out) {
    try {
      JsonWriter json = new JsonWriter(out);
      json.setIndent("  ");
      json.beginObject();
      json.name("version").value(SCHEMA_VERSION);
      json.name("tool").beginObject();
      json.name("name").value("stackcheck");
      json.name("version").value(Version.get());
      json.endObject();
      json.name("violations").beginArray();
      for (Violation violation : report.violations()) {
        writeViolation(json, violation);
      }
      json.endArray();
      json.name("errors").beginArray();
      for (InputError error : report.errors()) {
        json.beginObject();
        location(json, error.location());
        json.name("message").value(error.message());
        json.endObject();
      }
      json.endArray();
      json.name("warnings").beginArray();
      for (Warning warning : report.warnings()) {
        json.beginObject();
        location(json, warning.location());
        json.name("message").value(warning.message());
        json.endObject();
      }
      json.endArray();
      json.name("unresolved").beginArray();
      for (UnresolvedSite site : report.unresolvedSites()) {
        json.beginObject();
        location(json, site.location());
        json.name("call").value(site.call());
        json.name("candidates").value(site.candidates());
        json.name("reason").value(site.reason());
        json.endObject();
      }
      json.endArray();
      Stats stats = report.stats();
      json.name("stats").beginObject();
      json.name("files").value(stats.files());
      json.name("bodies").value(stats.bodies());
      json.name("edges").value(stats.edges());
      json.name("callSites").value(stats.callSites());
      json.name("resolvedCalls").value(stats.resolvedCalls());
      json.name("fallbackCalls").value(stats.fallbackCalls());
      json.name("unresolvedCalls").value(stats.unresolvedCalls());
      json.name("skippedCalls").value(stats.skippedCalls());
      json.endObject();
      json.endObject();
      json.flush();
      out.write("\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeViolation(JsonWriter json, Violation violation) throws IOException {
    json.beginObject();
    json.name("rule").value(violation.rule().id());
    location(json, violation.location());
    json.name("caller").value(violation.caller());
    json.name("callee").value(violation.callee());
    json.name("viaDispatch").value(violation.viaDispatch());
    json.name("message").value(violation.message());
    json.name("entryPoint").value(violation.entryPointReason());
    json.name("path").beginArray();
    for (Hop hop : violation.path()) {
      json.beginObject();
      json.name("body").value(hop.body());
      if (hop.location() != null) {
        location(json, hop.location());
      }
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  private void location(JsonWriter json, Location location) throws IOException {
    json.name("file").value(paths.show(location.file()));
    json.name("line").value(location.line());
    json.name("column").value(location.column());
  }
}
