package com.argus.engine.replay;

import com.argus.engine.run.StepHeal;
import com.argus.engine.run.StepStatus;
import com.argus.engine.spec.ElementFingerprint;
import java.util.List;

/**
 * What executing one step gave, before artifacts and reporting.
 *
 * @param cause why it failed or warned, without the step and page context; null on success
 * @param fingerprint the element's fingerprint as found, for the baseline; null when none
 * @param heal what healing did for the step, or null when it did not run
 */
record StepOutcome(StepStatus status, String cause, String locatorUsed, int matchCount,
    List<LocatorAttempt> attempts, ElementFingerprint fingerprint, StepHeal heal) {

  StepOutcome(StepStatus status, String cause, String locatorUsed, int matchCount, List<LocatorAttempt> attempts,
      ElementFingerprint fingerprint) {
    this(status, cause, locatorUsed, matchCount, attempts, fingerprint, null);
  }

  static StepOutcome passed() {
    return new StepOutcome(StepStatus.PASSED, null, null, -1, List.of(), null);
  }

  static StepOutcome found(TargetResolver.Resolution r) {
    return new StepOutcome(r.isFallback() ? StepStatus.PASSED_WITH_FALLBACK : StepStatus.PASSED, null,
        r.locator().describe(), 1, r.attempts(), r.fingerprint());
  }

  static StepOutcome failed(String cause, List<LocatorAttempt> attempts, String locatorUsed, int matchCount) {
    return new StepOutcome(StepStatus.FAILED, cause, locatorUsed, matchCount, attempts, null);
  }

  StepOutcome failWith(String why) {
    return new StepOutcome(StepStatus.FAILED, why, locatorUsed, matchCount, attempts, null, heal);
  }

  StepOutcome withHeal(StepHeal h) {
    return new StepOutcome(status, cause, locatorUsed, matchCount, attempts, fingerprint, h);
  }
}
