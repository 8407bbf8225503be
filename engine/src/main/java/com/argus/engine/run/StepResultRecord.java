package com.argus.engine.run;

/**
 * What happened to one step in one run.
 *
 * @param locatorUsed the locator that found the element, in its short form
 * @param matchCount how many elements the failing locator matched, for failure messages; -1 unknown
 * @param screenshotPath path of the screenshot relative to the Argus home, or null
 * @param domSnapshotPath path of the DOM snapshot relative to the Argus home, or null
 * @param heal what self-healing did for the step, or null when healing did not run for it
 */
public record StepResultRecord(
    long runId,
    int stepIndex,
    String stepId,
    String title,
    StepStatus status,
    long durationMs,
    String error,
    String locatorUsed,
    int matchCount,
    String screenshotPath,
    String domSnapshotPath,
    StepHeal heal) {

  /** A step result without healing. */
  public StepResultRecord(long runId, int stepIndex, String stepId, String title, StepStatus status, long durationMs,
      String error, String locatorUsed, int matchCount, String screenshotPath, String domSnapshotPath) {
    this(runId, stepIndex, stepId, title, status, durationMs, error, locatorUsed, matchCount, screenshotPath, domSnapshotPath,
        null);
  }
}
