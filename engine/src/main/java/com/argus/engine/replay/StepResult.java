package com.argus.engine.replay;

import com.argus.engine.run.StepHeal;
import com.argus.engine.run.StepStatus;
import java.nio.file.Path;
import java.util.List;

/**
 * What happened to one step: the data every report and the live view show. Secrets are already
 * masked.
 *
 * @param index 0-based position in the spec
 * @param locatorUsed the candidate that found the element, or null
 * @param matchCount elements the used (or, on failure, the primary) locator matched; -1 unknown
 * @param attempts every candidate tried, in rank order
 * @param screenshot absolute path of the screenshot, or null
 * @param domSnapshot absolute path of the DOM snapshot (failures only), or null
 * @param heal what self-healing did for the step (old and new locator, score, decision), or null
 */
public record StepResult(
    int index,
    String stepId,
    String title,
    String action,
    StepStatus status,
    long durationMs,
    String error,
    String locatorUsed,
    int matchCount,
    List<LocatorAttempt> attempts,
    Path screenshot,
    Path domSnapshot,
    StepHeal heal) {
  public StepResult {
    attempts = attempts == null ? List.of() : List.copyOf(attempts);
  }

  /** A step result without healing. */
  public StepResult(int index, String stepId, String title, String action, StepStatus status, long durationMs, String error,
      String locatorUsed, int matchCount, List<LocatorAttempt> attempts, Path screenshot, Path domSnapshot) {
    this(index, stepId, title, action, status, durationMs, error, locatorUsed, matchCount, attempts, screenshot, domSnapshot,
        null);
  }

  public boolean isFailure() {
    return status == StepStatus.FAILED;
  }
}
