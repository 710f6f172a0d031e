package dev.stackcheck.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Spells paths as the URIs SARIF wants: percent-encoded, forward slashes. Stateless. */
final class SarifUris {
  private static final String HEX = "0123456789ABCDEF";

  private SarifUris() {}

  /** A relative reference such as {@code src/main/java/My%20App.java}. */
  static String relative(Path relative) {
    StringBuilder uri = new StringBuilder();
    for (Path segment : relative) {
      if (uri.length() > 0) {
        uri.append('/');
      }
      encodeSegment(segment.toString(), uri);
    }
    return uri.toString();
  }

  /** An absolute {@code file:} URI that ends with a slash, as a uriBaseId's value must. */
  static String directory(Path directory) {
    String uri = directory.toAbsolutePath().normalize().toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  /**
   * Keeps RFC 3986 unreserved characters and the sub-delimiters allowed in a path segment; encodes
   * everything else, ':' included, so a first segment never reads as a scheme.
   */
  private static void encodeSegment(String segment, StringBuilder out) {
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
      }
    }
  }
}
