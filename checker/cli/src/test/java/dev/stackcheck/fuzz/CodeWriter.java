package dev.stackcheck.fuzz;

/** Builds source text and knows the 1-based line and column of the next character written. */
final class CodeWriter {
  private final StringBuilder text = new StringBuilder();
  private int line = 1;
  private int column = 1;

  CodeWriter write(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      text.append(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return this;
  }

  CodeWriter indent(int depth) {
    return write("  ".repeat(depth));
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
