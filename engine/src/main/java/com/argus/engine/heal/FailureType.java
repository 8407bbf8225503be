package com.argus.engine.heal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a step failed, as healing classifies it (DESIGN.md, "Healing, in detail"). */
public enum FailureType {
  /** The element is there but the locator no longer finds it (or finds the wrong one). */
  SELECTOR_CHANGED,
  /** The element came late or was not yet actionable: wait and retry, never heal. */
  TIMING_ISSUE,
  /** The page or flow changed shape (another URL than before): heals need a person. */
  UI_CHANGE,
  /** The application misbehaves: fail the test, do not heal around it. */
  REAL_BUG,
  UNKNOWN;

  @JsonValue
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FailureType fromFileName(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
