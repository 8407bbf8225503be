package com.argus.app.run;

import com.argus.engine.run.StepStatus;

/**
 * One step's row in the run screen, live or from a stored run.
 *
 * @param status null while the step runs
 */
public record StepLive(int index, String stepId, String title, StepStatus status, long durationMs, String error,
    String locatorUsed, String screenshotPath) {
  public String statusText() {
    if (status == null) {
      return "running…";
    }
    return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
