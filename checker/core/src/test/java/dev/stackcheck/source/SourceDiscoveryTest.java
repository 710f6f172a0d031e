package dev.stackcheck.source;

import static com.google.common.truth.Truth.assertThat;

import dev.stackcheck.api.InputError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDiscoveryTest {
  @TempDir Path root;

  @Test
  void linkBackToAParentFolderIsReportedOnceAndNotWalked() throws IOException {
    Path src = Files.createDirectories(root.resolve("src/p"));
    Files.writeString(src.resolve("A.java"), "package p; class A {}");
    Files.createSymbolicLink(src.resolve("loop"), root.resolve("src"));

    SourceDiscovery.Result result = SourceDiscovery.discover(List.of(root));

    assertThat(result.files()).containsExactly(src.resolve("A.java"));
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0).location().file()).isEqualTo(src.resolve("loop"));
    assertThat(result.errors().get(0).message()).contains("loops back");
  }

  @Test
  void linkedFolderOutsideTheInputIsFollowed() throws IOException {
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere/q"));
    Files.writeString(elsewhere.resolve("B.java"), "package q; class B {}");
    Path src = Files.createDirectories(root.resolve("src"));
    Files.createSymbolicLink(src.resolve("q"), elsewhere);

    SourceDiscovery.Result result = SourceDiscovery.discover(List.of(src));

    assertThat(result.files()).containsExactly(src.resolve("q/B.java"));
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void fileReachedThroughTwoPathsIsAnalyzedOnceUnderTheFirstPath() throws IOException {
    Path src = Files.createDirectories(root.resolve("src"));
    Files.writeString(src.resolve("Real.java"), "class Real {}");
    Files.createSymbolicLink(src.resolve("Alias.java"), src.resolve("Real.java"));

    SourceDiscovery.Result result = SourceDiscovery.discover(List.of(src, src.resolve("Real.java")));

    assertThat(result.files()).containsExactly(src.resolve("Alias.java"));
  }

  @Test
  void danglingLinkIsReported() throws IOException {
    Path src = Files.createDirectories(root.resolve("src"));
    Files.createSymbolicLink(src.resolve("Gone.java"), src.resolve("Missing.java"));
    Files.createSymbolicLink(src.resolve("Self.java"), src.resolve("Self.java"));

    SourceDiscovery.Result result = SourceDiscovery.discover(List.of(src));

    assertThat(result.files()).isEmpty();
    assertThat(result.errors().stream().map(e -> e.location().file().getFileName().toString()).toList())
        .containsExactly("Gone.java", "Self.java");
    assertThat(result.errors().stream().map(InputError::message).distinct().toList())
        .containsExactly("symbolic link that points to nothing or loops; not followed");
  }

  @Test
  void missingInputIsReported() {
    SourceDiscovery.Result result = SourceDiscovery.discover(List.of(root.resolve("nope")));

    assertThat(result.errors().get(0).message()).isEqualTo("no such file or directory");
  }
}
