package com.argus.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralsTest {
  @Test
  void javaScriptStringsEscapeQuotesBackslashesAndLineBreaks() {
    assertThat(Literals.js("it's \"a\" \\ test\nnext\r\t")).isEqualTo("'it\\'s \"a\" \\\\ test\\nnext\\r\\t'");
  }

  @Test
  void javaScriptStringsLeaveTemplateSyntaxInert() {
    // Single-quoted: backticks and ${ mean nothing, so they stay readable.
    assertThat(Literals.js("`${process.exit(1)}`")).isEqualTo("'`${process.exit(1)}`'");
  }

  @Test
  void lineSeparatorsAndInvisibleCharactersBecomeVisibleEscapes() {
    assertThat(Literals.js("a\u2028b\u2029c\u200Bd\u202Ee\u00A0f\u0000")).isEqualTo("'a\\u2028b\\u2029c\\u200Bd\\u202Ee\\u00A0f\\u0000'");
    assertThat(Literals.java("a\u2028b\u200Bc\u00A0")).isEqualTo("\"a\\u2028b\\u200Bc\\u00A0\"");
  }

  @Test
  void printableUnicodeStaysReadable() {
    assertThat(Literals.js("ünïcödé — 😀")).isEqualTo("'ünïcödé — 😀'");
    assertThat(Literals.java("ünïcödé — 😀")).isEqualTo("\"ünïcödé — 😀\"");
  }

  @Test
  void loneSurrogatesAreEscaped() {
    assertThat(Literals.js("x\uD83Dy")).isEqualTo("'x\\uD83Dy'");
    assertThat(Literals.java("\uDE00")).isEqualTo("\"\\uDE00\"");
  }

  @Test
  void javaNeverWritesAUnicodeEscapeThatCouldEndTheLiteral() {
    // Java translates \\uXXXX before lexing: a recorded backslash-u must stay two characters.
    assertThat(Literals.java("\\u000A\\u0022")).isEqualTo("\"\\\\u000A\\\\u0022\"");
    assertThat(Literals.java("\n\"\\\r")).isEqualTo("\"\\n\\\"\\\\\\r\"");
  }

  @Test
  void commentsCannotBeEndedOrTurnedIntoCode() {
    assertThat(Literals.comment("a\nb\rc\u2028d\u2029e")).isEqualTo("a b c d e");
    assertThat(Literals.comment("\\u000A evil();")).isEqualTo("\\\\u000A evil();");
    assertThat(Literals.comment("zero\u200Bwidth")).isEqualTo("zero<U+200B>width");
  }
}
