package com.argus.engine.run;

/** How a test run ended, or that it is still going. */
public enum RunStatus {
  RUNNING,
  PASSED,
  /** Passed only because heals were applied that a person has still to approve. */
  PASSED_PENDING_REVIEW,
  FAILED,
  /** Could not run at all: bad spec, no browser, grid unreachable, browser died. */
  ERROR,
  CANCELLED;

  public boolean isSuccess() {
    return this == PASSED || this == PASSED_PENDING_REVIEW;
  }
}
