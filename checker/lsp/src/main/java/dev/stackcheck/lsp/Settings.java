package dev.stackcheck.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.stackcheck.api.Config;
import dev.stackcheck.api.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The server's options: the analysis {@link Config} read from {@code stackcheck.properties} at the
 * first workspace root (the format of {@link Config#fromProperties}), overridden by the client's
 * {@code initializationOptions} (the same keys; lists may be JSON arrays), plus the server's own
 * {@code debounce-ms}. Immutable.
 */
record Settings(Config config, long debounceMillis) {
  /** The project configuration file, looked for at the first workspace root. */
  static final String FILE_NAME = "stackcheck.properties";

  static final String DEBOUNCE = "debounce-ms";
  static final long DEFAULT_DEBOUNCE_MILLIS = 200;

  /** Reads the settings; a bad option throws a {@link ConfigException} naming it. */
  static Settings read(List<Path> roots, JsonElement initializationOptions) throws IOException {
    Properties properties = new Properties();
    Path base = roots.isEmpty() ? Path.of("").toAbsolutePath() : roots.get(0);
    Path file = base.resolve(FILE_NAME);
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        properties.load(in);
      }
    }
    if (initializationOptions instanceof JsonObject options) {
      for (Map.Entry<String, JsonElement> option : options.entrySet()) {
        properties.setProperty(option.getKey(), text(option.getValue()));
      }
    }
    long debounce = DEFAULT_DEBOUNCE_MILLIS;
    String configured = (String) properties.remove(DEBOUNCE);
    if (configured != null) {
      try {
        debounce = Long.parseLong(configured.trim());
      } catch (NumberFormatException e) {
        throw new ConfigException(DEBOUNCE, "expected milliseconds but was '" + configured + "'");
      }
    }
    return new Settings(Config.fromProperties(properties, base), debounce);
  }

  private static String text(JsonElement value) {
    if (value instanceof JsonArray array) {
      List<String> items = new ArrayList<>();
      array.forEach(item -> items.add(item.getAsString()));
      return String.join(",", items);
    }
    return value.isJsonNull() ? "" : value.getAsString();
  }
}
