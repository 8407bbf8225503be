package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/** How an assertion compares the actual string with the expected one. */
public enum MatchMode {
  EQUALS,
  CONTAINS,
  /** The expected string is a Java/JavaScript-compatible regular expression, searched for. */
  MATCHES;

  @JsonValue
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static MatchMode fromFileName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }

  public boolean test(String actual, String expected) {
    if (actual == null) {
      return false;
    }
    return switch (this) {
      case EQUALS -> normalise(actual).equals(normalise(expected));
      case CONTAINS -> normalise(actual).contains(normalise(expected));
      case MATCHES -> Pattern.compile(expected).matcher(actual).find();
    };
  }

  /** Whitespace runs count as one space, as a reader of the page sees them. */
  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
