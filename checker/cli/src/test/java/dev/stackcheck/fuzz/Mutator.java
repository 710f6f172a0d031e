package dev.stackcheck.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damages Java source the ways real files get damaged: cut short, bytes flipped, braces deleted,
 * comments and literals left open, invalid UTF-8, NUL bytes, lines lost, duplicated or swapped,
 * stray tokens. Deterministic for a given {@link Random}; the name of each mutation applied is
 * recorded so that a failure says what was done.
 */
final class Mutator {
  private static final String[] TOKENS = {
    "{", "}", "(", ")", "->", "::", ";", "/*", "*/", "\"", "'", "\"\"\"", "@SystemStack", "@Trampoline", "record ",
    "sealed ", "yield ", "var ", "<", ">", "\\u", "\\u000a", "new ", "class X {", "enum ", "@interface ", "default ",
    "switch (x) { case 1 -> ", "instanceof String s", "...", "@", "#", "`", "\u00e9", "\ud83d\ude00"
  };

  private final Random random;
  private final List<String> applied = new ArrayList<>();

  Mutator(Random random) {
    this.random = random;
  }

  /** What was done to the last input, e.g. {@code [truncate@120, nul@44]}. */
  List<String> applied() {
    return applied;
  }

  byte[] mutate(byte[] original) {
    applied.clear();
    byte[] bytes = original;
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      bytes = once(bytes);
    }
    return bytes;
  }

  private byte[] once(byte[] bytes) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
    switch (random.nextInt(11)) {
      case 0 -> {
        applied.add("truncate@" + at);
        return Arrays.copyOf(bytes, at);
      }
      case 1 -> {
        if (bytes.length == 0) {
          return bytes;
        }
        byte[] copy = bytes.clone();
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
          int where = random.nextInt(copy.length);
          copy[where] = (byte) random.nextInt(256);
          applied.add("flip@" + where);
        }
        return copy;
      }
      case 2 -> {
        int brace = findBrace(bytes);
        if (brace < 0) {
          return bytes;
        }
        applied.add("delete-brace@" + brace);
        return splice(bytes, brace, 1, new byte[0]);
      }
      case 3 -> {
        applied.add("open-comment@" + at);
        return splice(bytes, at, 0, "/*".getBytes(StandardCharsets.UTF_8));
      }
      case 4 -> {
        byte[][] invalid = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF0, (byte) 0x9F}};
        byte[] chosen = invalid[random.nextInt(invalid.length)];
        applied.add("invalid-utf8@" + at);
        return splice(bytes, at, 0, chosen);
      }
      case 5 -> {
        applied.add("nul@" + at);
        return splice(bytes, at, 0, new byte[] {0});
      }
      case 6 -> {
        int length = bytes.length - at == 0 ? 0 : random.nextInt(Math.min(400, bytes.length - at) + 1);
        applied.add("duplicate@" + at + "+" + length);
        return splice(bytes, at, 0, Arrays.copyOfRange(bytes, at, at + length));
      }
      case 7 -> {
        return lines(bytes, true);
      }
      case 8 -> {
        return lines(bytes, false);
      }
      default -> {
        String token = TOKENS[random.nextInt(TOKENS.length)];
        applied.add("insert '" + token + "'@" + at);
        return splice(bytes, at, 0, token.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private int findBrace(byte[] bytes) {
    List<Integer> braces = new ArrayList<>();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '{' || bytes[i] == '}' || bytes[i] == '(' || bytes[i] == ')') {
        braces.add(i);
      }
    }
    return braces.isEmpty() ? -1 : braces.get(random.nextInt(braces.size()));
  }

  /** Deletes one line, or swaps two. */
  private byte[] lines(byte[] bytes, boolean delete) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    if (lines.size() < 2) {
      return bytes;
    }
    int a = random.nextInt(lines.size());
    if (delete) {
      applied.add("delete-line " + (a + 1));
      lines.remove(a);
    } else {
      int b = random.nextInt(lines.size());
      applied.add("swap-lines " + (a + 1) + "," + (b + 1));
      String line = lines.get(a);
      lines.set(a, lines.get(b));
      lines.set(b, line);
    }
    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
    out.write(bytes, 0, at);
    out.write(insert, 0, insert.length);
    out.write(bytes, at + remove, bytes.length - at - remove);
    return out.toByteArray();
  }
}
