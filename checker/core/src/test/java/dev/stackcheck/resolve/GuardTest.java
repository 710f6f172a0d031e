package dev.stackcheck.resolve;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A failed query's reason is printed in the report (--verbose, JSON unresolved sites), which must
 * be the same byte for byte on every run.
 */
class GuardTest {
  /** Two objects of one class: their default toString differs only by the identity hash code. */
  private static final class Declaration {}

  @Test
  void reasonDoesNotDependOnIdentityHashCodes() {
    Object first = new Declaration();
    Object second = new Declaration();
    Guard.attempt(
        () -> {
          throw new UnsupportedOperationException(first.toString());
        });
    String firstReason = Guard.lastFailure();
    Guard.attempt(
        () -> {
          throw new UnsupportedOperationException(second.toString());
        });

    assertThat(Guard.lastFailure()).isEqualTo(firstReason);
    assertThat(firstReason).isEqualTo("UnsupportedOperationException: " + Declaration.class.getName());
  }

  @Test
  void reasonKeepsTheRestOfTheMessage() {
    Guard.attempt(
        () -> {
          throw new IllegalStateException("cannot solve a@b in Foo@Bar.java line 3");
        });

    assertThat(Guard.lastFailure()).isEqualTo("IllegalStateException: cannot solve a@b in Foo@Bar.java line 3");
  }
}
