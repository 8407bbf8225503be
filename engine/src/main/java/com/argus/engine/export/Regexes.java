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
  private static final Pattern BOUNDS = Pattern.compile("\\{\\d+(,\\d*)?}");
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
   * Why {@code pattern} has no JavaScript equivalent {@link #jsLiteral} could write, or null when it
   * has one. Java-only syntax that JavaScript would reject (possessive quantifiers, atomic groups,
   * inline flags after the start, nested classes) or read differently ({@code \\A}, {@code \\z},
   * {@code \\p{..}}, class intersections) is refused rather than guessed at.
   */
  static String javaScriptProblem(String pattern) {
    return translate(pattern).problem();
  }

  /**
   * A JavaScript regex literal for {@code pattern}. A leading inline-flag group such as
   * {@code (?i)} becomes the literal's flags, since JavaScript has no inline flags; {@code \\Q..\\E}
   * quoting, {@code \\e}, {@code \\a} and {@code \\x{..}} become their JavaScript spelling.
   *
   * @throws IllegalArgumentException when {@link #javaScriptProblem} names a problem
   */
  static String jsLiteral(String pattern) {
    Translation t = translate(pattern);
    if (t.problem() != null) {
      throw new IllegalArgumentException(t.problem());
    }
    pattern = t.source();
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
    return out.append('/').append(t.flags()).toString();
  }

  /** A pattern in JavaScript's spelling with its flags, or the problem that leaves it without one. */
  private record Translation(String source, String flags, String problem) {
    static Translation refused(String problem) {
      return new Translation(null, null, problem);
    }
  }

  private static Translation translate(String pattern) {
    String flags = "";
    Matcher m = LEADING_FLAGS.matcher(pattern);
    if (m.find()) {
      flags = m.group(1).chars().distinct().sorted()
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      pattern = pattern.substring(m.end());
    }
    StringBuilder out = new StringBuilder(pattern.length());
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
      if (c == '\\') {
        if (next == 'Q') {
          int end = pattern.indexOf("\\E", i + 2);
          String quoted = pattern.substring(i + 2, end < 0 ? pattern.length() : end);
          if (inClass) {
            return Translation.refused("it quotes text with \\Q..\\E inside a character class");
          }
          out.append(quote(quoted));
          i = end < 0 ? pattern.length() : end + 1;
          continue;
        }
        String problem = escapeProblem(pattern, i, next);
        if (problem != null) {
          return Translation.refused(problem);
        }
        i++;
        switch (next) {
          case 'e' -> out.append("\\x1B");
          case 'a' -> out.append("\\x07");
          case 'x' -> {
            if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
              int close = pattern.indexOf('}', i);
              out.append(String.format("\\u%04X", Integer.parseInt(pattern.substring(i + 2, close), 16)));
              i = close;
            } else {
              out.append("\\x");
            }
          }
          default -> {
            out.append(c);
            if (next != 0) {
              out.append(next);
            }
          }
        }
        continue;
      }
      if (inClass) {
        if (c == '[') {
          return Translation.refused("it nests a character class ([a[b]]), which JavaScript reads differently");
        } else if (c == '&' && next == '&') {
          return Translation.refused("it intersects character classes (&&), which JavaScript does not have");
        } else if (c == ']') {
          inClass = false;
        }
        out.append(c);
        continue;
      }
      if (c == '[') {
        inClass = true;
        out.append(c);
        if (next == '^') {
          out.append(next);
          i++;
          next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
        }
        if (next == ']') {
          return Translation.refused("it starts a character class with ']', which JavaScript reads as an empty class");
        }
        continue;
      }
      if (c == '(' && next == '?') {
        String problem = groupProblem(pattern, i);
        if (problem != null) {
          return Translation.refused(problem);
        }
        out.append("(?");
        i++;
        continue;
      }
      int quantifierEnd = quantifierEnd(pattern, i);
      if (quantifierEnd >= 0) {
        if (quantifierEnd + 1 < pattern.length() && pattern.charAt(quantifierEnd + 1) == '+') {
          return Translation.refused("it has a possessive quantifier ("
              + pattern.substring(i, quantifierEnd + 2) + "), which JavaScript regular expressions do not have");
        }
        out.append(pattern, i, quantifierEnd + 1);
        i = quantifierEnd;
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '?') {
          out.append('?');
          i++;
        }
        continue;
      }
      out.append(c);
    }
    return new Translation(out.toString(), flags, null);
  }

  /** Why the escape at {@code i} (a backslash before {@code next}) has no JavaScript spelling, or null. */
  private static String escapeProblem(String pattern, int i, char next) {
    if ("AZzGRXhHvVNpP".indexOf(next) >= 0) {
      return "it uses \\" + next + ", which JavaScript regular expressions do not have or read differently";
    }
    if (next == '0') {
      return "it uses an octal escape (\\0..); write the character as \\xHH";
    }
    if (next == 'b' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '{') {
      return "it uses a grapheme boundary (\\b{g}), which JavaScript regular expressions do not have";
    }
    if (next == 'x' && i + 2 < pattern.length() && pattern.charAt(i + 2) == '{') {
      int close = pattern.indexOf('}', i);
      String hex = close < 0 ? "" : pattern.substring(i + 3, close);
      if (!hex.matches("[0-9A-Fa-f]{1,4}")) {
        return "it uses \\x{" + hex + "} beyond \\x{FFFF}, which needs JavaScript's unicode mode";
      }
    }
    return null;
  }

  /** Why the group opening {@code (?} at {@code i} has no JavaScript spelling, or null. */
  private static String groupProblem(String pattern, int i) {
    String rest = pattern.substring(i + 2);
    if (rest.startsWith(":") || rest.startsWith("=") || rest.startsWith("!") || rest.startsWith("<=")
        || rest.startsWith("<!") || rest.matches("(?s)<[A-Za-z][A-Za-z0-9]*>.*")) {
      return null;
    }
    if (rest.startsWith(">")) {
      return "it has an atomic group (?>..), which JavaScript regular expressions do not have";
    }
    int end = 0;
    while (end < rest.length() && rest.charAt(end) != ')' && rest.charAt(end) != ':') {
      end++;
    }
    return "it sets flags inside the pattern ((?" + rest.substring(0, end)
        + ")); JavaScript takes flags only for the whole pattern, so put them first, as (?i) at the start";
  }

  /** The index of the last char of the quantifier starting at {@code i}, or -1 when none starts there. */
  private static int quantifierEnd(String pattern, int i) {
    char c = pattern.charAt(i);
    if (c == '*' || c == '+' || c == '?') {
      return i;
    }
    if (c == '{') {
      Matcher m = BOUNDS.matcher(pattern).region(i, pattern.length());
      return m.lookingAt() ? m.end() - 1 : -1;
    }
    return -1;
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
