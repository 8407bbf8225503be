package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a locator finds its element, in the default order of stability (most stable first): test-id
 * attributes survive redesigns, XPath survives almost nothing.
 */
public enum LocatorStrategy {
  TESTID("testid"),
  ROLE("role"),
  LABEL("label"),
  PLACEHOLDER("placeholder"),
  ALT("alt"),
  TITLE("title"),
  TEXT("text"),
  ID("id"),
  CSS("css"),
  XPATH("xpath");

  private final String fileName;

  LocatorStrategy(String fileName) {
    this.fileName = fileName;
  }

  @JsonValue
  public String fileName() {
    return fileName;
  }

  @JsonCreator
  public static LocatorStrategy fromFileName(String name) {
    String normal = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return Arrays.stream(values())
        .filter(s -> s.fileName.equals(normal))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(name));
  }
}
