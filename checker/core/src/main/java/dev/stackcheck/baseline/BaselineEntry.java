package dev.stackcheck.baseline;

import java.util.Comparator;

/**
 * One accepted violation: every violation of {@code rule} located in {@code file} from {@code
 * caller} to {@code callee} matches it, wherever it is in the file and however often.
 *
 * @param rule the rule id, e.g. {@code SystemStack}
 * @param file the violation's file, relative to the baseline file's directory, with forward slashes
 * @param caller signature of the calling body (for {@code SystemStackOverride}: the overridden method)
 * @param callee signature of the {@code @SystemStack} body
 */
public record BaselineEntry(String rule, String file, String caller, String callee)
    implements Comparable<BaselineEntry> {
  private static final Comparator<BaselineEntry> ORDER =
      Comparator.comparing(BaselineEntry::file)
          .thenComparing(BaselineEntry::rule)
          .thenComparing(BaselineEntry::caller)
          .thenComparing(BaselineEntry::callee);

  @Override
  public int compareTo(BaselineEntry other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return "[" + rule + "] " + file + ": " + caller + " -> " + callee;
  }
}
