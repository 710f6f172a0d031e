package dev.stackcheck.source;

import dev.stackcheck.api.InputError;
import dev.stackcheck.api.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a source file in a given charset (UTF-8 unless configured), strictly: bytes that are not
 * valid in the charset are an input error naming the line, never silently replaced. A leading
 * byte order mark is dropped. Files larger than {@link #MAX_BYTES} are reported, not read: the
 * syntax tree of dense code takes up to ~450 bytes of heap per byte of source. Stateless and
 * thread-safe.
 */
public final class SourceReader {
  /** 8 MiB: several times the largest hand-written or generated Java files in common use. */
  public static final long MAX_BYTES = 8L << 20;

  /** Either the file's text or the reason it could not be read. */
  public record Result(SourceFile file, InputError error) {}

  private SourceReader() {}

  public static Result read(Path path) {
    return read(path, StandardCharsets.UTF_8);
  }

  public static Result read(Path path, Charset charset) {
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        return new Result(
            null,
            new InputError(
                new Location(path, 1, 1),
                String.format(
                    Locale.ROOT,
                    "file is %.1f MiB, larger than the %d MiB stackcheck analyzes; the file is not analyzed",
                    size / (double) (1 << 20),
                    MAX_BYTES >> 20)));
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return new Result(null, new InputError(new Location(path, 1, 1), "cannot read: " + SourceDiscovery.describe(e)));
    } catch (OutOfMemoryError e) {
      return new Result(null, new InputError(new Location(path, 1, 1), "file too large to read"));
    }
    return decode(path, bytes, charset);
  }

  /** Decodes bytes already in memory (an editor buffer or a test) as UTF-8. */
  public static Result decode(Path path, byte[] bytes) {
    return decode(path, bytes, StandardCharsets.UTF_8);
  }

  public static Result decode(Path path, byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      CharBuffer chars = decoder.decode(in);
      String text = chars.toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return new Result(new SourceFile(path, text), null);
    } catch (CharacterCodingException e) {
      int offset = firstMalformedOffset(bytes, charset);
      int line = 1;
      for (int i = 0; i < offset && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      String message =
          String.format(
              Locale.ROOT,
              "not valid %s (byte 0x%02X at offset %d); save the file as %s, or set the encoding it is saved in (--encoding, option encoding)",
              charset.name(), bytes[Math.min(offset, bytes.length - 1)] & 0xFF, offset, charset.name());
      return new Result(null, new InputError(new Location(path, line, 1), message));
    }
  }

  private static int firstMalformedOffset(byte[] bytes, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    decoder.decode(in, out, true);
    return in.position();
  }
}
