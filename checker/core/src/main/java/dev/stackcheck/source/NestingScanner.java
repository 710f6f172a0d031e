package dev.stackcheck.source;

/**
 * Finds where source text nests brackets ({@code ( [ {}) deeper than a limit, in one linear pass
 * that skips comments, string, character and text-block literals. JavaParser's look-ahead
 * rescans nested code at every level (5,000 nested lambdas take about a minute to parse), so files
 * nested beyond the limit are reported instead of parsed. Unterminated comments and literals run
 * to the end of the text, as the parser would read them. Stateless and thread-safe.
 */
public final class NestingScanner {
  /** Deeper than any hand-written or usual generated code; parses in a few seconds at worst. */
  public static final int MAX_DEPTH = 1_000;

  /** The 1-based position where the depth first exceeds the limit. */
  public record Position(int line, int column) {}

  private NestingScanner() {}

  /** The first position nested deeper than {@code limit}, or null if the text stays within it. */
  public static Position firstTooDeep(String text, int limit) {
    int depth = 0;
    int line = 1;
    int lineStart = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        while (i < n && text.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        i += 2;
        while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
          if (text.charAt(i) == '\n') {
            line++;
            lineStart = i + 1;
          }
          i++;
        }
        i += 2;
      } else if (c == '"' && text.startsWith("\"\"\"", i)) {
        i += 3;
        while (i < n && !text.startsWith("\"\"\"", i)) {
          if (text.charAt(i) == '\\') {
            i++;
          } else if (text.charAt(i) == '\n') {
            line++;
            lineStart = i + 1;
          }
          i++;
        }
        i += 3;
      } else if (c == '"' || c == '\'') {
        // Ordinary literals end at their quote or, if unterminated, at the end of the line.
        i++;
        while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
          i += text.charAt(i) == '\\' ? 2 : 1;
        }
        if (i < n && text.charAt(i) == c) {
          i++;
        }
      } else {
        if (c == '(' || c == '[' || c == '{') {
          depth++;
          if (depth > limit) {
            return new Position(line, i - lineStart + 1);
          }
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
          depth--;
        }
        i++;
      }
    }
    return null;
  }
}
