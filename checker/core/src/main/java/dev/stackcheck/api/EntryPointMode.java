package dev.stackcheck.api;

import java.util.Locale;

/** Which bodies external code may call, and therefore start on a user stack (spec S5). */
public enum EntryPointMode {
  /** Only main methods, static initializers and uncalled code (S5.1): the sources are the whole program. */
  CLOSED,
  /** Also every public or protected member of an exported type, and overrides of external methods (S5.3). */
  PUBLIC,
  /** Every named method and constructor that is not only reached through trampolines (S5.4). */
  ALL;

  /** The spelling used on the command line and in configuration files. */
  public String optionValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code closed}, {@code public} or {@code all}, case-insensitively. */
  public static EntryPointMode parse(String value) {
    for (EntryPointMode mode : values()) {
      if (mode.optionValue().equalsIgnoreCase(value.trim())) {
        return mode;
      }
    }
    throw new ConfigException(
        "entry-points", "expected one of closed, public, all but was '" + value + "'");
  }
}
