package com.argus.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexesTest {
  @Test
  void quotedTextMatchesItselfLiterally() {
    String text = "/products?id=1 (a|b) [x] {2} ^$ \\ .*+";
    assertThat(Pattern.compile(Regexes.quote(text)).matcher("see " + text + " here").find()).isTrue();
    assertThat(Regexes.quote("/products")).isEqualTo("/products");
  }

  @Test
  void slashesCannotEndAJavaScriptRegexLiteral() {
    assertThat(Regexes.jsLiteral("a/b")).isEqualTo("/a\\/b/");
    assertThat(Regexes.jsLiteral("[/]")).isEqualTo("/[\\/]/");
    assertThat(Regexes.jsLiteral("a\\/b")).isEqualTo("/a\\/b/");
    assertThat(Regexes.jsLiteral("/); process.exit(1); (/")).isEqualTo("/\\/); process.exit(1); (\\//");
  }

  @Test
  void lineBreaksAndInvisiblesBecomeEscapes() {
    assertThat(Regexes.jsLiteral("a\nb\u2028c\u200B")).isEqualTo("/a\\nb\\u2028c\\u200B/");
    assertThat(Regexes.jsLiteral("a\\\nb")).isEqualTo("/a\\nb/");
  }

  @Test
  void leadingInlineFlagsBecomeLiteralFlags() {
    assertThat(Regexes.jsLiteral("(?i)^popup")).isEqualTo("/^popup/i");
    assertThat(Regexes.jsLiteral("(?si)x")).isEqualTo("/x/is");
  }

  @Test
  void emptyAndTrailingBackslashPatternsStayValid() {
    assertThat(Regexes.jsLiteral("")).isEqualTo("/(?:)/");
    assertThat(Regexes.jsLiteral("a\\")).isEqualTo("/a\\\\/");
  }
}
