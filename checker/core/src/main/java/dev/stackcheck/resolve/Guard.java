package dev.stackcheck.resolve;

import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs one symbol-solver query and turns its failures into an ordinary "not resolved" result. The
 * solver throws many unchecked exceptions on real code, and overflows the stack on some
 * overload sets; none of that may end the run.
 */
final class Guard {
  /** The failure of the last query on this thread, for diagnostics. */
  private static final ThreadLocal<String> LAST_FAILURE = new ThreadLocal<>();

  /**
   * The identity hash code that {@code Object.toString} appends to a qualified class name: the solver's
   * messages name its declarations that way (seen on jackson-databind), and the hash changes from
   * run to run, while the report must not.
   */
  private static final Pattern IDENTITY_HASH = Pattern.compile("(?<=\\.[\\w$]{1,200})@[0-9a-f]{1,8}\\b");

  private Guard() {}

  /** The query's value, or null if it failed. */
  static <T> T attempt(Supplier<T> query) {
    try {
      LAST_FAILURE.remove();
      return query.get();
    } catch (StackOverflowError e) {
      LAST_FAILURE.set("solver recursion too deep");
    } catch (RuntimeException | LinkageError | AssertionError e) {
      LAST_FAILURE.set(describe(e));
    }
    return null;
  }

  static String lastFailure() {
    String failure = LAST_FAILURE.get();
    return failure == null ? "not resolved" : failure;
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    String name = e.getClass().getSimpleName();
    if (message == null || message.isBlank()) {
      return name;
    }
    message = IDENTITY_HASH.matcher(message).replaceAll("").replaceAll("\\s+", " ").trim();
    if (message.length() > 120) {
      message = message.substring(0, 117) + "...";
    }
    return name.equals("UnsolvedSymbolException") ? "unsolved symbol: " + message : name + ": " + message;
  }
}
