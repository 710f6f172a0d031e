package dev.stackcheck.api;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A missing or malformed configuration option is an error that names the option. */
class ConfigOptionsTest {
  private static ConfigException reading(String key, String value) {
    Properties properties = new Properties();
    properties.setProperty(key, value);
    return assertThrows(ConfigException.class, () -> Config.fromProperties(properties, Path.of("/base")));
  }

  @Test
  void malformedReleaseNamesTheOption() {
    ConfigException e = reading("java-release", "seventeen");

    assertThat(e.option()).isEqualTo("java-release");
    assertThat(e).hasMessageThat().contains("'java-release'");
  }

  @Test
  void releaseOutOfRangeNamesTheOption() {
    assertThat(reading("java-release", "99").option()).isEqualTo("java-release");
  }

  @Test
  void unknownModeNamesTheOption() {
    assertThat(reading("entry-points", "everything").option()).isEqualTo("entry-points");
  }

  @Test
  void malformedBooleanNamesTheOption() {
    assertThat(reading("default-trampolines", "yes please").option()).isEqualTo("default-trampolines");
  }

  @Test
  void misspelledOptionIsNamed() {
    ConfigException e = reading("entry-point", "all");

    assertThat(e.option()).isEqualTo("entry-point");
    assertThat(e).hasMessageThat().contains("unknown option");
  }

  @Test
  void unknownCharsetNamesTheOption() {
    ConfigException e = reading("encoding", "latin-42");

    assertThat(e.option()).isEqualTo("encoding");
    assertThat(e).hasMessageThat().contains("'latin-42'");
  }

  @Test
  void encodingIsReadByName() {
    Properties properties = new Properties();
    properties.setProperty("encoding", " iso-8859-1 ");

    Config config = Config.fromProperties(properties, Path.of("/base"));

    assertThat(config.encoding()).isEqualTo(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(Config.defaults().encoding()).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void emptyValueIsMissingAndNamesTheOption() {
    assertThat(reading("encoding", " ").option()).isEqualTo("encoding");
    assertThat(reading("java-release", " ").option()).isEqualTo("java-release");
    assertThat(reading("entry-points", "").option()).isEqualTo("entry-points");
  }
}
