package dev.stackcheck.api;

/**
 * Something worth fixing that is not a violation and does not change the exit code: today always
 * a suppression that hides nothing ({@value #ID}).
 */
public record Warning(Location location, String message) implements Comparable<Warning> {
  /** The id machine-readable reports and editors give a warning (docs/rules/UnusedSuppression.md). */
  public static final String ID = "UnusedSuppression";

  @Override
  public int compareTo(Warning other) {
    int byLocation = location.compareTo(other.location);
    return byLocation != 0 ? byLocation : message.compareTo(other.message);
  }
}
