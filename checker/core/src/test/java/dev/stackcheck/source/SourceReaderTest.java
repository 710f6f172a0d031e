package dev.stackcheck.source;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
  @TempDir Path root;

  @Test
  void unreadableFileIsAnErrorNotAnException() throws IOException {
    Path file = unreadableFile();

    SourceReader.Result result = SourceReader.read(file);

    assertThat(result.file()).isNull();
    assertThat(result.error().message()).startsWith("cannot read: ");
    assertThat(result.error().location().line()).isEqualTo(1);
  }

  /**
   * A file this process cannot read: one without read permission, or, where permissions do not
   * stop the process (it runs as root), a link to {@code /proc/self/mem}, whose first page never
   * reads.
   */
  private Path unreadableFile() throws IOException {
    Path file = root.resolve("Secret.java");
    Files.writeString(file, "class Secret {}");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    if (!Files.isReadable(file)) {
      return file;
    }
    Path link = root.resolve("Mem.java");
    Files.createSymbolicLink(link, Path.of("/proc/self/mem"));
    return link;
  }

  @Test
  void invalidUtf8NamesTheLineAndTheByte() {
    byte[] bytes = "class A {\n  // caf\u00e9\n}\n".getBytes(StandardCharsets.ISO_8859_1);

    SourceReader.Result result = SourceReader.decode(root.resolve("A.java"), bytes);

    assertThat(result.error().location().line()).isEqualTo(2);
    assertThat(result.error().message())
        .isEqualTo("not valid UTF-8 (byte 0xE9 at offset 18); save the file as UTF-8, or set the encoding it is saved in (--encoding, option encoding)");
  }

  @Test
  void fileSavedInLatin1ReadsInLatin1() throws IOException {
    Path file = root.resolve("A.java");
    Files.write(file, "class A {\n  // caf\u00e9\n}\n".getBytes(StandardCharsets.ISO_8859_1));

    SourceReader.Result result = SourceReader.read(file, StandardCharsets.ISO_8859_1);

    assertThat(result.error()).isNull();
    assertThat(result.file().text()).contains("caf\u00e9");
  }

  @Test
  void byteUndefinedInTheCharsetNamesTheCharset() {
    // 0x81 has no character in windows-1252.
    byte[] bytes = new byte[] {'c', 'l', 'a', 's', 's', ' ', 'A', '{', '\n', '/', '/', (byte) 0x81, '\n', '}'};

    SourceReader.Result result = SourceReader.decode(root.resolve("A.java"), bytes, java.nio.charset.Charset.forName("windows-1252"));

    assertThat(result.error().location().line()).isEqualTo(2);
    assertThat(result.error().message()).startsWith("not valid windows-1252 (byte 0x81 at offset 11)");
  }

  @Test
  void byteOrderMarkIsDropped() {
    byte[] bytes = "\uFEFFclass A {}".getBytes(StandardCharsets.UTF_8);

    SourceReader.Result result = SourceReader.decode(root.resolve("A.java"), bytes);

    assertThat(result.file().text()).isEqualTo("class A {}");
  }

  @Test
  void fileLargerThanTheLimitIsRefusedWithoutReadingIt() throws IOException {
    Path file = root.resolve("Huge.java");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(SourceReader.MAX_BYTES + 1);
    }

    SourceReader.Result result = SourceReader.read(file);

    assertThat(result.error().message())
        .isEqualTo("file is 8.0 MiB, larger than the 8 MiB stackcheck analyzes; the file is not analyzed");
  }
}
