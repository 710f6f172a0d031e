package dev.stackcheck.api;

/** A configuration value that is missing or malformed; the message names the option. */
public final class ConfigException extends RuntimeException {
  private final String option;

  public ConfigException(String option, String problem) {
    super("invalid value for option '" + option + "': " + problem);
    this.option = option;
  }

  /** The option's name as written in configuration files and (with {@code --}) on the command line. */
  public String option() {
    return option;
  }
}
