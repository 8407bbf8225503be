package com.argus.engine.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expressions in generated code: recorded literal text quoted into a pattern, and a
 * pattern (Java/JavaScript-compatible, as {@code MatchMode.MATCHES} promises) turned into a
 * JavaScript regex literal that cannot end early, whatever slashes or line breaks it holds.
 *
 * <p>Stateless; thread-safe.
 */
final class Regexes {
  private static final Pattern LEADING_FLAGS = Pattern.compile("^\\(\\?([ims]+)\\)");
  private static final String META = "\\^$.*+?()[]{}|";

  private Regexes() {}

  /** A pattern that matches {@code text} literally, readable (metacharacters escaped, not \Q..\E). */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (META.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * A JavaScript regex literal for {@code pattern}. A leading inline-flag group such as
   * {@code (?i)} becomes the literal's flags, since JavaScript has no inline flags.
   */
  static String jsLiteral(String pattern) {
    String flags = "";
    Matcher m = LEADING_FLAGS.matcher(pattern);
    if (m.find()) {
      flags = m.group(1).chars().distinct().sorted()
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      pattern = pattern.substring(m.end());
    }
    StringBuilder out = new StringBuilder(pattern.length() + 2).append('/');
    if (pattern.isEmpty()) {
      out.append("(?:)");
    }
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 == pattern.length()) {
          out.append("\\\\");
          break;
        }
        char next = pattern.charAt(i + 1);
        i++;
        // An escaped invisible or line-breaking character means that character itself.
        if (isLineBreak(next) || Literals.isInvisible(pattern, i)) {
          appendEscaped(out, next);
        } else {
          out.append('\\').append(next);
        }
      } else if (c == '/') {
        out.append("\\/");
      } else if (isLineBreak(c) || Literals.isInvisible(pattern, i)) {
        appendEscaped(out, c);
      } else {
        out.append(c);
      }
    }
    return out.append('/').append(flags).toString();
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> out.append(String.format("\\u%04X", (int) c));
    }
  }
}
