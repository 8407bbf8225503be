package com.argus.engine.heal;

import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Step;
import java.util.Objects;

/**
 * The evidence about one failed step that healing starts from.
 *
 * @param projectId the project, or null outside one
 * @param specKey the spec's key (its path relative to the specs directory)
 * @param step the step as written in the spec
 * @param signal what the runner observed
 * @param message the runner's error message
 * @param baseline the element's last good fingerprint (from the last passing run), else null: the
 *     recorded fingerprint in the step is used
 * @param expectedPage the URL (without query) the step ran on when it last passed, or null
 * @param found for {@link Signal#ASSERTION_FAILED}: the fingerprint of the element the assertion
 *     looked at, or null
 *
 * <p>Immutable.
 */
public record StepFailure(
    Long projectId, String specKey, Step step, Signal signal, String message, ElementFingerprint baseline,
    String expectedPage, ElementFingerprint found) {

  public StepFailure {
    Objects.requireNonNull(specKey, "specKey");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(signal, "signal");
  }

  /** The fingerprint relocation compares against: the last good one, else the recorded one. */
  public ElementFingerprint reference() {
    if (baseline != null) {
      return baseline;
    }
    return step.target() == null ? null : step.target().fingerprint();
  }

  /** What the runner saw go wrong. */
  public enum Signal {
    /** No locator of the step matched anything within the timeout. */
    NOT_FOUND,
    /** The element was found but never became visible, enabled or unobscured in time. */
    NOT_ACTIONABLE,
    /** A locator matched several elements where one was meant. */
    AMBIGUOUS,
    /** An assertion on the element failed. */
    ASSERTION_FAILED,
    /** The application failed: an error page, a server error, a crashed script. */
    PAGE_ERROR,
    OTHER
  }
}
