package com.argus.engine.replay;

import java.util.Locale;
import java.util.Optional;

/** Which browser automation a run uses. */
public enum Backend {
  PLAYWRIGHT,
  /** Selenium WebDriver: a local ChromeDriver, or a Selenium Grid when a grid URL is given. */
  SELENIUM;

  public static Optional<Backend> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
