package com.argus.engine.replay;

import java.util.Locale;
import java.util.Optional;

/** When a run keeps a Playwright trace zip ({@code npx playwright show-trace} opens it). */
public enum TraceMode {
  OFF,
  ON_FAILURE,
  ALWAYS;

  /** {@code off}, {@code on-failure} or {@code always}. */
  public static Optional<TraceMode> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String normal = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return Optional.of(valueOf(normal));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
