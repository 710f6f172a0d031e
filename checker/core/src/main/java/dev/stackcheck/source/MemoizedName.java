package dev.stackcheck.source;

import com.github.javaparser.ast.expr.Name;

/**
 * A qualified name that computes its dotted form once. The symbol solver asks every import and
 * the package declaration for {@link Name#asString()} on every type lookup, and JavaParser rebuilds
 * the string each time; on a large project that was an eighth of all resolution time. Any change
 * to the name drops the cached form.
 */
final class MemoizedName extends Name {
  private String cached;

  private MemoizedName(Name qualifier, String identifier) {
    super(qualifier, identifier);
  }

  /** A copy of {@code name} whose {@link #asString()} is computed once. */
  static MemoizedName of(Name name) {
    Name qualifier = name.getQualifier().map(MemoizedName::of).orElse(null);
    MemoizedName copy = new MemoizedName(qualifier, name.getIdentifier());
    name.getRange().ifPresent(copy::setRange);
    return copy;
  }

  @Override
  public String asString() {
    String value = cached;
    if (value == null) {
      value = super.asString();
      cached = value;
    }
    return value;
  }

  @Override
  public Name setIdentifier(String identifier) {
    cached = null;
    return super.setIdentifier(identifier);
  }

  @Override
  public Name setQualifier(Name qualifier) {
    cached = null;
    return super.setQualifier(qualifier);
  }
}
