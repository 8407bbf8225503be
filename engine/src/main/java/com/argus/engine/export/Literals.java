package com.argus.engine.export;

/**
 * Escapes recorded text for the language code is written in, so that a recorded string can only
 * ever be data: never end its literal, never start a comment, never become code.
 *
 * <p>Printable characters stay as they are so the code reads like the page; characters a reader
 * cannot see (zero-width spaces, bidi controls, non-breaking spaces, line separators, control
 * characters) become {@code \\uXXXX} escapes so they are visible in the code.
 *
 * <p>Stateless; thread-safe.
 */
final class Literals {
  private Literals() {}

  /** A single-quoted JavaScript/TypeScript string literal. */
  static String js(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('\'');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> appendChar(out, s, i);
      }
    }
    return out.append('\'').toString();
  }

  /**
   * A double-quoted Java string literal. Java translates {@code \\uXXXX} before it lexes, anywhere
   * in the file, so the characters that would end the literal or the line (quote, backslash, CR,
   * LF) are never written as unicode escapes; every recorded backslash is doubled, which keeps a
   * recorded {@code \\u000A} from being read as one.
   */
  static String java(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> appendChar(out, s, i);
      }
    }
    return out.append('"').toString();
  }

  /**
   * Text for a {@code //} line comment in either language: line breaks (including U+2028/2029,
   * which end a JavaScript comment) become spaces, invisible characters become {@code <U+XXXX>},
   * and backslashes are doubled so Java's unicode-escape pass finds nothing to translate.
   */
  static String comment(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.append(' ');
      } else if (c == '\\') {
        out.append("\\\\");
      } else if (isInvisible(s, i)) {
        out.append(String.format("<U+%04X>", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void appendChar(StringBuilder out, String s, int i) {
    char c = s.charAt(i);
    if (isInvisible(s, i)) {
      out.append(String.format("\\u%04X", (int) c));
    } else {
      out.append(c);
    }
  }

  /**
   * Whether the char at {@code i} is one a reader of the code would not see, or one that could
   * change how the code around it is read: controls, format characters (zero-width, bidi),
   * separators other than the plain space, lone surrogates, private-use and unassigned code
   * points, combining marks (which would fuse with a quote).
   */
  static boolean isInvisible(String s, int i) {
    char c = s.charAt(i);
    if (c == ' ') {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        return isInvisibleCodePoint(s.codePointAt(i));
      }
      return true;
    }
    if (Character.isLowSurrogate(c)) {
      if (i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
        return isInvisibleCodePoint(s.codePointAt(i - 1));
      }
      return true;
    }
    return isInvisibleCodePoint(c);
  }

  private static boolean isInvisibleCodePoint(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR, Character.PRIVATE_USE, Character.UNASSIGNED,
          Character.SURROGATE, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> true;
      default -> false;
    };
  }
}
