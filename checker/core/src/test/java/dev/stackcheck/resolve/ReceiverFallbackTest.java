package dev.stackcheck.resolve;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which overloads the receiver fallback keeps: only those that provably cannot take an argument
 * are dropped, so the fallback stays an over-approximation.
 */
class ReceiverFallbackTest {
  @Test
  void arraysOfPrimitivesConvertOnlyToThemselves() {
    assertThat(ReceiverFallback.convertible("long[]", "long[]")).isTrue();
    assertThat(ReceiverFallback.convertible("long[]", "double[]")).isFalse();
    assertThat(ReceiverFallback.convertible("float[]", "java.lang.Object[]")).isFalse();
    assertThat(ReceiverFallback.convertible("int[]", "int")).isFalse();
  }

  @Test
  void arraysConvertToObjectButNotToOtherReferenceTypes() {
    assertThat(ReceiverFallback.convertible("int[]", "java.lang.Object")).isTrue();
    assertThat(ReceiverFallback.convertible("java.lang.String[]", "java.lang.Object[]")).isTrue();
    assertThat(ReceiverFallback.convertible("java.lang.String[]", "java.util.Collection")).isFalse();
    assertThat(ReceiverFallback.convertible("java.lang.String", "char[]")).isFalse();
  }

  @Test
  void unknownReferenceConversionsAreKept() {
    assertThat(ReceiverFallback.convertible("java.util.ArrayList", "java.util.Collection")).isTrue();
    assertThat(ReceiverFallback.convertible("java.lang.Integer", "long")).isTrue();
  }
}
