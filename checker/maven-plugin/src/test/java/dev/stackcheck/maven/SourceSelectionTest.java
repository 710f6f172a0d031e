package dev.stackcheck.maven;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSelectionTest {
  @TempDir Path root;

  @BeforeEach
  void files() throws IOException {
    for (String file : List.of("a/App.java", "a/generated/Gen.java", "b/Lib.java", "a/notes.txt")) {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, "");
    }
  }

  @Test
  void defaultIncludesEveryJavaFileSorted() {
    List<Path> files = SourceSelection.select(List.of(root), null, null);

    assertThat(files)
        .containsExactly(root.resolve("a/App.java"), root.resolve("a/generated/Gen.java"), root.resolve("b/Lib.java"))
        .inOrder();
  }

  @Test
  void excludesUseAntPatterns() {
    List<Path> files = SourceSelection.select(List.of(root), null, List.of("**/generated/**"));

    assertThat(files).containsExactly(root.resolve("a/App.java"), root.resolve("b/Lib.java"));
  }

  @Test
  void includesNarrowTheSelectionAndNeverAddOtherFiles() {
    List<Path> files = SourceSelection.select(List.of(root), List.of("a/**"), List.of());

    assertThat(files).containsExactly(root.resolve("a/App.java"), root.resolve("a/generated/Gen.java"));
  }

  @Test
  void missingRootsAreSkipped() {
    assertThat(SourceSelection.select(List.of(root.resolve("none")), null, null)).isEmpty();
  }
}
