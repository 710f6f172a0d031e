package dev.stackcheck.api;

/** The rules stackcheck reports, each with a stable id and a one-line summary. */
public enum Rule {
  /** S7.1, S7.2: a call that may run a {@code @SystemStack} body on a user stack. */
  SYSTEM_STACK("SystemStack", "@SystemStack code reached from code that may run on a user stack"),
  /** S7.3: a {@code @SystemStack} method that external code may call through an unannotated supertype. */
  SYSTEM_STACK_OVERRIDE(
      "SystemStackOverride",
      "@SystemStack method overrides an external method that callers may invoke on a user stack");

  private final String id;
  private final String summary;

  Rule(String id, String summary) {
    this.id = id;
    this.summary = summary;
  }

  /** The id printed in reports and accepted by {@code @SuppressWarnings}. */
  public String id() {
    return id;
  }

  public String summary() {
    return summary;
  }
}
