package com.argus.engine.run;

/** How one step of a run ended. */
public enum StepStatus {
  PASSED,
  /** Passed with a lower-ranked locator candidate than the first. */
  PASSED_WITH_FALLBACK,
  HEALED,
  FAILED,
  SKIPPED,
  WARNING
}
