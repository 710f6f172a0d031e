package dev.stackcheck.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stackcheck.api.Config;
import dev.stackcheck.api.ConfigException;
import org.junit.jupiter.api.Test;

class JavaReleaseTest {
  @Test
  void readsPlainAndOldStyleReleases() {
    assertThat(JavaRelease.parse("17")).isEqualTo(17);
    assertThat(JavaRelease.parse("1.8")).isEqualTo(8);
  }

  @Test
  void unsetMeansTheDefault() {
    assertThat(JavaRelease.parse(null)).isEqualTo(Config.DEFAULT_JAVA_RELEASE);
    assertThat(JavaRelease.parse("${maven.compiler.release}")).isEqualTo(Config.DEFAULT_JAVA_RELEASE);
  }

  @Test
  void nonsenseNamesTheOption() {
    ConfigException error = assertThrows(ConfigException.class, () -> JavaRelease.parse("seventeen"));

    assertThat(error.option()).isEqualTo("java-release");
  }
}
