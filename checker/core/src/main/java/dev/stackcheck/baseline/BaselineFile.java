package dev.stackcheck.baseline;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.stackcheck.api.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads and writes the baseline format (version 1, documented in {@code docs/baseline.md}):
 *
 * <pre>{@code
 * {
 *   "version": 1,
 *   "entries": [
 *     { "rule": "SystemStack", "file": "src/main/java/demo/Gc.java",
 *       "caller": "demo.Gc.sweep()", "callee": "demo.Stack.free(long)" }
 *   ]
 * }
 * }</pre>
 *
 * Written sorted, two-space indented, with a final newline, so that it diffs well and the same
 * entries always give the same bytes. Reading is strict: an unknown key, a missing field or a
 * malformed file is a {@link ConfigException} naming the file. Stateless.
 */
public final class BaselineFile {
  public static final int VERSION = 1;
  private static final String OPTION = "baseline";

  private BaselineFile() {}

  /** Reads {@code file}; a missing file is an error that says how to create it. */
  public static Baseline read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      JsonReader json = new JsonReader(in);
      Set<BaselineEntry> entries = new HashSet<>();
      Integer version = null;
      json.beginObject();
      while (json.hasNext()) {
        String name = json.nextName();
        switch (name) {
          case "version" -> version = json.nextInt();
          case "entries" -> {
            json.beginArray();
            while (json.hasNext()) {
              entries.add(readEntry(file, json));
            }
            json.endArray();
          }
          default -> throw problem(file, json, "unknown key '" + name + "'");
        }
      }
      json.endObject();
      if (json.peek() != JsonToken.END_DOCUMENT) {
        throw problem(file, json, "unexpected content after the baseline object");
      }
      if (version == null || version != VERSION) {
        throw new ConfigException(OPTION, file + ": expected \"version\": " + VERSION + " but was " + version);
      }
      return new Baseline(file, entries);
    } catch (NoSuchFileException e) {
      throw new ConfigException(OPTION, "no such file: " + file + " (create it with --update-baseline, or -Dstackcheck.updateBaseline in Maven)");
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      throw new ConfigException(OPTION, file + ": not a baseline file: " + e.getMessage());
    }
  }

  private static BaselineEntry readEntry(Path file, JsonReader json) throws IOException {
    String rule = null;
    String path = null;
    String caller = null;
    String callee = null;
    json.beginObject();
    while (json.hasNext()) {
      String name = json.nextName();
      switch (name) {
        case "rule" -> rule = json.nextString();
        case "file" -> path = json.nextString();
        case "caller" -> caller = json.nextString();
        case "callee" -> callee = json.nextString();
        default -> throw problem(file, json, "unknown key '" + name + "'");
      }
    }
    if (rule == null || path == null || caller == null || callee == null) {
      throw problem(file, json, "an entry needs \"rule\", \"file\", \"caller\" and \"callee\"");
    }
    json.endObject();
    return new BaselineEntry(rule, path, caller, callee);
  }

  private static ConfigException problem(Path file, JsonReader json, String problem) {
    return new ConfigException(OPTION, file + ": " + problem + " at " + json.getPath());
  }

  /** The file's exact content for {@code baseline}. */
  public static String format(Baseline baseline) {
    try {
      StringWriter out = new StringWriter();
      JsonWriter json = new JsonWriter(out);
      json.setIndent("  ");
      json.beginObject();
      json.name("version").value(VERSION);
      json.name("entries").beginArray();
      for (BaselineEntry entry : baseline.entries()) {
        json.beginObject();
        json.name("rule").value(entry.rule());
        json.name("file").value(entry.file());
        json.name("caller").value(entry.caller());
        json.name("callee").value(entry.callee());
        json.endObject();
      }
      json.endArray();
      json.endObject();
      json.flush();
      return out + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code baseline} to its file, creating missing folders. */
  public static void write(Baseline baseline) throws IOException {
    Path parent = baseline.file().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(baseline.file(), format(baseline), StandardCharsets.UTF_8);
  }
}
