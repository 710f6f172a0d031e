package dev.stackcheck.report;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** S8: report paths are relative to the base when under it, with '/' between names. */
class PathDisplayTest {
  private final Path base = Path.of("/work/project").toAbsolutePath();

  @Test
  void fileUnderTheBaseIsShownRelativeWithSlashes() {
    assertThat(new PathDisplay(base).show(base.resolve("src").resolve("Gc.java"))).isEqualTo("src/Gc.java");
  }

  @Test
  void fileOutsideTheBaseIsShownAbsolute() {
    Path outside = base.getParent().resolve("other").resolve("Gc.java");
    assertThat(new PathDisplay(base).show(outside)).endsWith("/other/Gc.java");
    assertThat(new PathDisplay(base).show(outside)).doesNotContain("\\\\");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC}) // on Windows a backslash is the separator, never part of a name
  void backslashInAUnixFileNameIsKept() {
    assertThat(new PathDisplay(base).show(base.resolve("we\"ird dir\\x").resolve("A.java")))
        .isEqualTo("we\"ird dir\\x/A.java");
  }

  @Test
  void theBaseItselfIsShownAsDot() {
    assertThat(new PathDisplay(base).show(base)).isEqualTo(".");
  }
}
