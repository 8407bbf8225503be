package com.argus.engine.heal;

import com.argus.engine.spec.Locator;
import java.time.Instant;

/**
 * A heal waiting for (or given) a person's decision, with its evidence.
 *
 * @param id the store's id, or null before it is saved
 * @param fingerprintKey {@link HealingKeys#fingerprintKey} of the element's reference fingerprint:
 *     a rejected fix is never proposed again for it
 * @param evidence JSON: the score breakdown of the choice and of the runner-up, the reason, the
 *     page URL, the chosen candidate's index and its outline box (see docs/healing.md)
 * @param beforeScreenshot the step's screenshot from the spec's last good run (a copy under this
 *     run's artifacts), relative to the Argus home when under it; null when there was none
 * @param afterScreenshot the changed page with the chosen element outlined, likewise; may be null
 * @param candidatesSnapshot the page's candidate elements the relocation scored (gzipped JSON array of
 *     fingerprints, under the run's artifacts), likewise; null when none were captured. Approving
 *     scores other specs' steps against it (cross-test learning).
 *
 * <p>Immutable.
 */
public record HealProposal(
    Long id, Long projectId, Long runId, String specKey, String stepId, ProposalStatus status, FailureType failureType,
    FixType fixType, Locator oldLocator, Locator newLocator, Double score, Double runnerUpScore, String fingerprintKey,
    String evidence, String beforeScreenshot, String afterScreenshot, Instant createdAt, Instant decidedAt, String decidedBy,
    String candidatesSnapshot) {

  /** A proposal without a candidates snapshot. */
  public HealProposal(
      Long id, Long projectId, Long runId, String specKey, String stepId, ProposalStatus status, FailureType failureType,
      FixType fixType, Locator oldLocator, Locator newLocator, Double score, Double runnerUpScore, String fingerprintKey,
      String evidence, String beforeScreenshot, String afterScreenshot, Instant createdAt, Instant decidedAt, String decidedBy) {
    this(id, projectId, runId, specKey, stepId, status, failureType, fixType, oldLocator, newLocator, score, runnerUpScore,
        fingerprintKey, evidence, beforeScreenshot, afterScreenshot, createdAt, decidedAt, decidedBy, null);
  }

  public HealProposal decided(ProposalStatus newStatus, String by, Instant at) {
    return new HealProposal(id, projectId, runId, specKey, stepId, newStatus, failureType, fixType, oldLocator, newLocator, score,
        runnerUpScore, fingerprintKey, evidence, beforeScreenshot, afterScreenshot, createdAt, at, by, candidatesSnapshot);
  }

  /** This proposal with an id and creation time (for repositories). */
  public HealProposal stored(long newId, Instant at) {
    return new HealProposal(newId, projectId, runId, specKey, stepId, status, failureType, fixType, oldLocator, newLocator, score,
        runnerUpScore, fingerprintKey, evidence, beforeScreenshot, afterScreenshot, at, decidedAt, decidedBy, candidatesSnapshot);
  }
}
