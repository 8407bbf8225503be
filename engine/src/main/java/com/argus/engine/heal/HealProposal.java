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
 *     page URL (see docs/healing.md)
 * @param beforeScreenshot the element in the last good run, outlined; may be null
 * @param afterScreenshot the proposed element on the changed page, outlined; may be null
 *
 * <p>Immutable.
 */
public record HealProposal(
    Long id, Long projectId, Long runId, String specKey, String stepId, ProposalStatus status, FailureType failureType,
    FixType fixType, Locator oldLocator, Locator newLocator, Double score, Double runnerUpScore, String fingerprintKey,
    String evidence, String beforeScreenshot, String afterScreenshot, Instant createdAt, Instant decidedAt, String decidedBy) {

  public HealProposal decided(ProposalStatus newStatus, String by, Instant at) {
    return new HealProposal(id, projectId, runId, specKey, stepId, newStatus, failureType, fixType, oldLocator, newLocator, score,
        runnerUpScore, fingerprintKey, evidence, beforeScreenshot, afterScreenshot, createdAt, at, by);
  }
}
