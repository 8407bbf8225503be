package com.argus.engine.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded string split into literal text and {@code ${name}} references to variables or data
 * columns the spec declares. A reference to an unknown name stays literal text, as on replay.
 *
 * <p>Immutable.
 */
record ValueParts(List<Part> parts) {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

  /** One piece: literal {@code text}, or a reference when {@code reference} is set. */
  record Part(String text, String reference) {
    boolean isReference() {
      return reference != null;
    }
  }

  static ValueParts parse(String value, Set<String> known) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    Matcher m = REFERENCE.matcher(value);
    int at = 0;
    while (m.find()) {
      literal.append(value, at, m.start());
      if (known.contains(m.group(1))) {
        if (literal.length() > 0) {
          parts.add(new Part(literal.toString(), null));
          literal.setLength(0);
        }
        parts.add(new Part(null, m.group(1)));
      } else {
        literal.append(m.group());
      }
      at = m.end();
    }
    literal.append(value.substring(at));
    if (literal.length() > 0 || parts.isEmpty()) {
      parts.add(new Part(literal.toString(), null));
    }
    return new ValueParts(List.copyOf(parts));
  }

  boolean isLiteral() {
    return parts.stream().noneMatch(Part::isReference);
  }

  /** The whole text when {@link #isLiteral()}. */
  String literal() {
    return parts.get(0).text();
  }
}
