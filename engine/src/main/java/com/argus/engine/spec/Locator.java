package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One way to find a step's element.
 *
 * @param strategy how the value is interpreted
 * @param value the test id, role, label, placeholder, alt, title, text, id, CSS selector or XPath
 * @param name for {@link LocatorStrategy#ROLE}: the accessible name; otherwise absent
 * @param attribute for {@link LocatorStrategy#TESTID}: the attribute holding the id when it is not
 *     {@code data-testid}
 * @param exact for text-like strategies: match the whole text rather than a substring
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"strategy", "value", "name", "attribute", "exact"})
public record Locator(LocatorStrategy strategy, String value, String name, String attribute, Boolean exact) {
  public Locator {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(value, "value");
  }

  public static Locator of(LocatorStrategy strategy, String value) {
    return new Locator(strategy, value, null, null, null);
  }

  public static Locator role(String role, String name) {
    return new Locator(LocatorStrategy.ROLE, role, name, null, null);
  }

  public static Locator testId(String attribute, String value) {
    return new Locator(
        LocatorStrategy.TESTID, value, null, "data-testid".equals(attribute) ? null : attribute, null);
  }

  /** The test-id attribute this locator reads; {@code data-testid} unless the spec says otherwise. */
  public String testIdAttribute() {
    return attribute == null ? "data-testid" : attribute;
  }

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isExact() {
    return Boolean.TRUE.equals(exact);
  }

  /** A short human form, e.g. {@code role=button[name="Sign in"]}, for messages and reports. */
  public String describe() {
    return switch (strategy) {
      case ROLE -> "role=" + value + (name == null ? "" : "[name=\"" + name + "\"]");
      case TESTID -> testIdAttribute() + "=" + value;
      default -> strategy.fileName() + "=" + value;
    };
  }
}
