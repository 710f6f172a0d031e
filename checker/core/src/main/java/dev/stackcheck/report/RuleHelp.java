package dev.stackcheck.report;

import dev.stackcheck.api.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Properties;

/**
 * What machine-readable reports say about each rule: a full description, help text, and the
 * address of the rule's page ({@code docs/rules/<id>.md}). The short description is {@link
 * Rule#summary()}. Stateless.
 */
public final class RuleHelp {
  /** Where {@code docs/} is published; the build fills it in from the root pom. */
  private static final URI DOCS = loadDocsBase();

  private RuleHelp() {}

  public static String fullDescription(Rule rule) {
    return switch (rule) {
      case SYSTEM_STACK ->
          "A call, object creation or method reference in code that may run on an ordinary (user) stack reaches a"
              + " method annotated @SystemStack, which must only run on the system stack. The witness is a shortest"
              + " call path from an entry point to the call.";
      case SYSTEM_STACK_OVERRIDE ->
          "A @SystemStack method overrides or implements a method that is neither @SystemStack nor declared in the"
              + " analyzed code (for example Runnable.run), so code outside the analysis may call it on a user stack.";
    };
  }

  /** Plain-text help: what to do about a result of this rule. */
  public static String helpText(Rule rule) {
    return switch (rule) {
      case SYSTEM_STACK ->
          "Run the call through a trampoline, e.g. systemstack(() -> ...), or annotate the caller @SystemStack if every"
              + " path to it already runs on the system stack. Suppress a reviewed case with"
              + " @SuppressWarnings(\"SystemStack\") on the enclosing declaration.";
      case SYSTEM_STACK_OVERRIDE ->
          "Annotate the overridden method @SystemStack if you own it, or do not implement it with @SystemStack code."
              + " Suppress with @SuppressWarnings(\"SystemStackOverride\") if every caller is known to run on the"
              + " system stack.";
    };
  }

  public static String unusedSuppressionDescription() {
    return "A @SuppressWarnings(\"SystemStack\") or // stackcheck:ignore comment hides no violation (or, for the comment,"
        + " gives no reason and so hides nothing). It no longer documents anything and would hide a future violation"
        + " that nobody reviewed.";
  }

  public static String unusedSuppressionHelp() {
    return "Remove the suppression; give a // stackcheck:ignore comment a reason after it.";
  }

  /** The documentation's root. */
  public static URI docs() {
    return DOCS;
  }

  /** The rule's documentation page. */
  public static URI helpUri(Rule rule) {
    return helpUri(rule.id());
  }

  /** The page of a rule or warning id. */
  public static URI helpUri(String id) {
    return DOCS.resolve("rules/" + id + ".md");
  }

  private static URI loadDocsBase() {
    String url = null;
    try (InputStream in = RuleHelp.class.getResourceAsStream("docs.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        url = properties.getProperty("url");
      }
    } catch (IOException e) {
      url = null;
    }
    if (url == null || url.isBlank() || url.startsWith("${")) {
      // Only when running from unfiltered sources (an IDE); the build always fills it in.
      url = "https://stackcheck.dev/docs/";
    }
    return URI.create(url.endsWith("/") ? url : url + "/");
  }
}
