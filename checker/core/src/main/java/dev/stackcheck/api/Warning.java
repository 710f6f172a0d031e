package dev.stackcheck.api;

/**
 * Something worth fixing that is not a violation and does not change the exit code, such as a
 * suppression that hides nothing.
 */
public record Warning(Location location, String message) implements Comparable<Warning> {
  @Override
  public int compareTo(Warning other) {
    int byLocation = location.compareTo(other.location);
    return byLocation != 0 ? byLocation : message.compareTo(other.message);
  }
}
