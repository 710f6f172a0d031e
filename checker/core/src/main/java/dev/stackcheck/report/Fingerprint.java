package dev.stackcheck.report;

import dev.stackcheck.api.Violation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A fingerprint of a violation that survives edits elsewhere in the file: SHA-256 of the rule id,
 * the caller's and the callee's signatures, never of line numbers. Stateless.
 */
public final class Fingerprint {
  private static final String HEX = "0123456789abcdef";

  private Fingerprint() {}

  public static String of(Violation violation) {
    String key = violation.rule().id() + "\n" + violation.caller() + "\n" + violation.callee();
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(digest.length * 2);
      for (byte b : digest) {
        hex.append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
