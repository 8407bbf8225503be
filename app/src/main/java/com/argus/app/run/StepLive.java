package com.argus.app.run;

import com.argus.engine.run.StepStatus;

/**
 * One step's row in the run screen, live or from a stored run.
 *
 * @param runId the stored run (one test: a spec, or one data row of it) the step belongs to
 * @param test that test's name, shown when a run covers several
 * @param status null while the step runs
 * @param heal how the step was healed ("css=#old → role=button[name="Go"] (0.91, auto)"), or null
 */
public record StepLive(long runId, String test, int index, String stepId, String title, StepStatus status, long durationMs,
    String error, String locatorUsed, String screenshotPath, String heal) {
  public String statusText() {
    if (status == null) {
      return "running…";
    }
    return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** Whether this row and that one are the same step of the same test. */
  boolean sameStep(StepLive other) {
    return runId == other.runId && index == other.index;
  }
}
