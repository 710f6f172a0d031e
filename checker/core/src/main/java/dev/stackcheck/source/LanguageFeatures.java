package dev.stackcheck.source;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns JavaParser's report of a language feature newer than the configured release into a
 * message that names the feature and the {@code --java-release} that accepts it. The release is
 * the one where the feature became standard Java (JavaParser names the preview level for some).
 * Stateless.
 */
final class LanguageFeatures {
  /** JavaParser's validators: "Record Declarations are not supported. ... starting from 'JAVA_14' ...". */
  private static final Pattern NOT_SUPPORTED =
      Pattern.compile("^(.+?) (?:is |are )?not supported\\..*?'JAVA_(\\d+)(?:_PREVIEW)?'.*$");

  private record Feature(String name, int release) {}

  /** By JavaParser's wording (lower case): our name and the release where the feature is final. */
  private static final Map<String, Feature> KNOWN =
      Map.ofEntries(
          Map.entry("record declarations", new Feature("record declarations", 16)),
          Map.entry("record patterns", new Feature("record patterns", 21)),
          Map.entry("use of patterns with instanceof", new Feature("patterns in instanceof", 16)),
          Map.entry("text block literals", new Feature("text blocks", 15)),
          Map.entry("switch expressions", new Feature("switch expressions", 14)),
          Map.entry("switch patterns", new Feature("patterns in switch", 21)),
          Map.entry("sealed classes", new Feature("sealed classes", 17)),
          Map.entry("permitted sub-classes", new Feature("permits clauses of sealed classes", 17)),
          Map.entry("modules", new Feature("module declarations", 9)),
          Map.entry("yield statements", new Feature("yield statements", 14)));

  private LanguageFeatures() {}

  /** The clear message, or null if the problem is not about a feature of a newer release. */
  static String describe(String problem, int release) {
    Matcher matcher = NOT_SUPPORTED.matcher(problem);
    if (!matcher.matches()) {
      return null;
    }
    String written = matcher.group(1).replaceFirst("^Parse error\\. ", "").trim();
    Feature feature = KNOWN.get(written.toLowerCase(Locale.ROOT));
    String name = feature != null ? feature.name() : written.toLowerCase(Locale.ROOT);
    int needed = feature != null ? feature.release() : Integer.parseInt(matcher.group(2));
    return name + " need --java-release " + needed + " or newer (the sources are parsed as Java " + release + ")";
  }
}
