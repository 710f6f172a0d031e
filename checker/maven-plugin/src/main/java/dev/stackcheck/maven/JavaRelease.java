package dev.stackcheck.maven;

import dev.stackcheck.api.Config;

/** Reads the Java release the way Maven projects spell it ({@code 17}, or {@code 1.8} for 8). */
final class JavaRelease {
  private JavaRelease() {}

  /** The release, or {@link Config#DEFAULT_JAVA_RELEASE} when none is configured. */
  static int parse(String value) {
    if (value == null || value.isBlank() || value.startsWith("${")) {
      return Config.DEFAULT_JAVA_RELEASE;
    }
    String trimmed = value.trim();
    if (trimmed.startsWith("1.") && trimmed.length() > 2) {
      trimmed = trimmed.substring(2);
    }
    return Config.parseRelease(trimmed);
  }
}
