package dev.stackcheck.golden;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One expectation written in a test case's source, on the line it concerns:
 *
 * <pre>
 *   stackfree(s); // want: SystemStack
 *   stackfree(s); // want: SystemStack "may dispatch to" path: worker -> drain -> stackfree
 *   int x = ;     // want: error "syntax error"
 * </pre>
 *
 * @param rule a rule id, or {@code error} for an input error
 * @param message a regular expression the message must contain, or null
 * @param path the witness path as simple names, or null
 */
record Expectation(Path file, int line, String rule, Pattern message, List<String> path) {
  private static final Pattern MARKER =
      Pattern.compile("want:\\s*([A-Za-z]+)(?:\\s+\"((?:[^\"\\\\]|\\\\.)*)\")?(?:\\s+path:\\s*([^/]*?))?\\s*(?=want:|//|$)");

  static List<Expectation> parse(Path file, int line, String text) {
    List<Expectation> expectations = new ArrayList<>();
    int comment = text.indexOf("//");
    if (comment < 0) {
      return expectations;
    }
    Matcher matcher = MARKER.matcher(text.substring(comment));
    while (matcher.find()) {
      Pattern message = matcher.group(2) == null ? null : Pattern.compile(matcher.group(2).replace("\\\"", "\""));
      List<String> path = null;
      if (matcher.group(3) != null && !matcher.group(3).isBlank()) {
        path = List.of(matcher.group(3).trim().split("\\s*->\\s*"));
      }
      expectations.add(new Expectation(file, line, matcher.group(1), message, path));
    }
    return expectations;
  }

  @Override
  public String toString() {
    return file.getFileName() + ":" + line + ": want " + rule
        + (message == null ? "" : " \"" + message.pattern() + "\"")
        + (path == null ? "" : " path: " + String.join(" -> ", path));
  }
}
