package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * What an {@code assert} step expects.
 *
 * @param kind what is checked
 * @param expected the expected text, value, count, attribute value, URL or title; for {@code
 *     checked} {@code "false"} means unchecked
 * @param match how strings compare; equals when absent
 * @param attribute for {@code attribute}: the attribute's name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "expected", "match", "attribute"})
public record Assertion(AssertionKind kind, String expected, MatchMode match, String attribute) {
  public Assertion {
    Objects.requireNonNull(kind, "kind");
  }

  public static Assertion of(AssertionKind kind, String expected) {
    return new Assertion(kind, expected, null, null);
  }

  @JsonIgnore
  public MatchMode matchMode() {
    return match == null ? MatchMode.EQUALS : match;
  }

  public String describe() {
    String how = match == null ? "" : " " + match.fileName();
    return switch (kind) {
      case VISIBLE, HIDDEN -> kind.fileName();
      case CHECKED -> "false".equalsIgnoreCase(expected) ? "unchecked" : "checked";
      case ATTRIBUTE -> "attribute " + attribute + how + " \"" + expected + "\"";
      default -> kind.fileName() + how + " \"" + expected + "\"";
    };
  }
}
