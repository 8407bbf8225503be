package com.argus.engine.replay;

import com.argus.engine.run.StepHealRecord;

import java.nio.file.Path;
import java.util.List;

/**
 * What healing did for one step, for the reports (results.json, JUnit XML, the HTML report) and the
 * stored step result.
 *
 * @param oldLocator the step's primary locator, as described
 * @param newLocator the fix, or null when none was found
 * @param score the fix's similarity to the element's fingerprint, when measured
 * @param decision the pipeline's decision on the fix: {@code auto}, {@code review} or {@code none}
 *     (what became of it is {@link #disposition()})
 * @param source which pipeline step found the fix ({@code similarity}, {@code knowledge_base},
 *     {@code fallback_locator}), or null
 * @param applied the step went on with the fix
 * @param succeeded the step succeeded with the fix (only then does a heal count)
 * @param proposalId the stored proposal waiting for a person, or null
 * @param awaitingReview applied in review mode: a person has still to approve it, through the
 *     proposal, or by hand when none could be stored (see the note)
 * @param trace one line per pipeline step that ran
 * @param beforeScreenshot absolute path of the step's screenshot from the spec's last good run (copied
 *     into this run's artifacts), or null
 * @param afterScreenshot absolute path of the screenshot with the chosen element outlined, or null
 * @param note what happened to the spec file or the evidence, for the run output; null when nothing to say
 *
 * <p>Immutable.
 */
public record StepHeal(
    String oldLocator, String newLocator, Double score, String decision, String source, boolean applied, boolean succeeded,
    Long proposalId, boolean awaitingReview, List<String> trace, Path beforeScreenshot, Path afterScreenshot, String note) {
  public StepHeal {
    trace = trace == null ? List.of() : List.copyOf(trace);
  }

  /** Without evidence screenshots and note; an applied heal with a proposal awaits review. */
  public StepHeal(String oldLocator, String newLocator, Double score, String decision, String source, boolean applied,
      boolean succeeded, Long proposalId, List<String> trace) {
    this(oldLocator, newLocator, score, decision, source, applied, succeeded, proposalId, applied && proposalId != null, trace,
        null, null, null);
  }

  /** Whether the test passed only thanks to this heal and a person has still to approve it. */
  public boolean pendingReview() {
    return applied && succeeded && awaitingReview;
  }

  /**
   * What became of the fix: {@code auto} (applied without a person), {@code review} (applied, a
   * person approves it later), {@code proposed} (not applied, a proposal waits), {@code failed}
   * (applied, the step still failed) or {@code none} (no fix).
   */
  public String disposition() {
    if (applied) {
      return !succeeded ? "failed" : awaitingReview ? "review" : "auto";
    }
    return proposalId != null ? "proposed" : "none";
  }

  /** One line for logs and reports, worded as the stored heal is ({@link StepHealRecord#summary}). */
  public String summary() {
    return StepHealRecord.summary(oldLocator, newLocator, score, disposition(), proposalId, note);
  }

  StepHeal withEvidence(Path before, Path after, String newNote) {
    return new StepHeal(oldLocator, newLocator, score, decision, source, applied, succeeded, proposalId, awaitingReview, trace,
        before, after, newNote);
  }
}
