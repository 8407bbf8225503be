package com.argus.app.cli;

/**
 * Text from specs, recordings and file names as the CLI prints it: control and invisible format
 * characters become visible escapes ({@code \e}, {@code \n}, {@code \u0007}), so a spec cannot
 * retitle, clear or recolour the user's terminal, and what is shown is what the file holds.
 *
 * <p>Stateless; thread-safe.
 */
final class TerminalText {
  private TerminalText() {}

  /** {@code text} with every control and format character escaped; null stays null. */
  static String escaped(Object text) {
    if (text == null) {
      return null;
    }
    String s = text.toString();
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case 0x1B -> b.append("\\e");
        default -> {
          if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
              || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04X", c));
          } else {
            b.appendCodePoint(c);
          }
        }
      }
    });
    return b.toString();
  }

  /** Each line of a multi-line message escaped on its own, so the lines still break. */
  static java.util.stream.Stream<String> lines(String text) {
    return text.lines().map(TerminalText::escaped);
  }
}
