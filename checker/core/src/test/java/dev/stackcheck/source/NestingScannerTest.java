package dev.stackcheck.source;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class NestingScannerTest {
  @Test
  void bracketsInCommentsAndLiteralsDoNotCount() {
    String text = "class A { // ((((\n /* [[[[ */ String s = \"{{{{\"; char c = '('; String t = \"\"\"\n ((((\n \"\"\"; }";

    assertThat(NestingScanner.firstTooDeep(text, 1)).isNull();
  }

  @Test
  void firstPositionBeyondTheLimit() {
    assertThat(NestingScanner.firstTooDeep("{\n ([x])\n}", 2)).isEqualTo(new NestingScanner.Position(2, 3));
  }

  @Test
  void unterminatedCommentRunsToTheEnd() {
    assertThat(NestingScanner.firstTooDeep("/* ((((((", 1)).isNull();
  }

  @Test
  void unmatchedClosingBracketsDoNotGoNegative() {
    assertThat(NestingScanner.firstTooDeep(")))))((", 1)).isEqualTo(new NestingScanner.Position(1, 7));
  }
}
