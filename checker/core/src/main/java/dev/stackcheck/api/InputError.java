package dev.stackcheck.api;

/** Input that could not be analyzed (a syntax error, an unreadable file); the rest still was. */
public record InputError(Location location, String message) implements Comparable<InputError> {
  @Override
  public int compareTo(InputError other) {
    int byLocation = location.compareTo(other.location);
    return byLocation != 0 ? byLocation : message.compareTo(other.message);
  }
}
