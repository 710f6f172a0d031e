package dev.stackcheck.api;

/**
 * A trampoline named in configuration (spec S3.4): {@code pkg.Outer.Inner#method}. Every
 * functional-interface parameter of every overload of that method is a trampoline parameter.
 */
public record TrampolineName(String typeName, String methodName) {

  /** Parses {@code fully.qualified.Type#method}. */
  public static TrampolineName parse(String text) {
    String value = text.trim();
    int hash = value.indexOf('#');
    if (hash <= 0 || hash == value.length() - 1 || value.indexOf('#', hash + 1) >= 0) {
      throw new ConfigException(
          "trampoline", "expected fully.qualified.Type#method but was '" + text + "'");
    }
    String type = value.substring(0, hash).replace('$', '.');
    String method = value.substring(hash + 1);
    if (!isQualifiedName(type) || !isIdentifier(method)) {
      throw new ConfigException(
          "trampoline", "expected fully.qualified.Type#method but was '" + text + "'");
    }
    return new TrampolineName(type, method);
  }

  private static boolean isQualifiedName(String name) {
    for (String part : name.split("\\.", -1)) {
      if (!isIdentifier(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    return name.chars().allMatch(Character::isJavaIdentifierPart);
  }

  @Override
  public String toString() {
    return typeName + "#" + methodName;
  }
}
