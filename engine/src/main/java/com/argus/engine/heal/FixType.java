package com.argus.engine.heal;

/** What kind of fix a heal is (DESIGN.md). Relocation produces {@link #SELECTOR_CHANGED}. */
public enum FixType {
  SELECTOR_CHANGED,
  TIMING_ISSUE,
  ASSERTION_UPDATED,
  DATA_REFRESHED,
  NO_FIX_NEEDED
}
