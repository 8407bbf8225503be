package com.argus.engine.heal;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.Locator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A heal waiting for (or given) a person's decision, with its evidence. Made with {@link #builder()}.
 *
 * @param id the store's id, or null before it is saved
 * @param fingerprintKey {@link HealingKeys#fingerprintKey} of the element's reference fingerprint:
 *     a rejected fix is never proposed again for it
 * @param evidence why the fix was chosen (see {@link HealEvidence}); never null, {@link HealEvidence#NONE} when none
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
    HealEvidence evidence, String beforeScreenshot, String afterScreenshot, Instant createdAt, Instant decidedAt, String decidedBy,
    String candidatesSnapshot) {

  public HealProposal {
    evidence = evidence == null ? HealEvidence.NONE : evidence;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every part of this proposal, to change a few. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.projectId = projectId;
    b.runId = runId;
    b.specKey = specKey;
    b.stepId = stepId;
    b.status = status;
    b.failureType = failureType;
    b.fixType = fixType;
    b.oldLocator = oldLocator;
    b.newLocator = newLocator;
    b.score = score;
    b.runnerUpScore = runnerUpScore;
    b.fingerprintKey = fingerprintKey;
    b.evidence = evidence;
    b.beforeScreenshot = beforeScreenshot;
    b.afterScreenshot = afterScreenshot;
    b.createdAt = createdAt;
    b.decidedAt = decidedAt;
    b.decidedBy = decidedBy;
    b.candidatesSnapshot = candidatesSnapshot;
    return b;
  }

  public HealProposal decided(ProposalStatus newStatus, String by, Instant at) {
    return toBuilder().status(newStatus).decidedBy(by).decidedAt(at).build();
  }

  /** This proposal with an id and creation time (for repositories). */
  public HealProposal stored(long newId, Instant at) {
    return toBuilder().id(newId).createdAt(at).build();
  }

  /**
   * Builds a {@link HealProposal}. The spec key, the step id and the failure type are required; the
   * status defaults to {@link ProposalStatus#PENDING} and the fix type to {@link FixType#SELECTOR_CHANGED}.
   * Not thread-safe.
   */
  public static final class Builder {
    private Long id;
    private Long projectId;
    private Long runId;
    private String specKey;
    private String stepId;
    private ProposalStatus status = ProposalStatus.PENDING;
    private FailureType failureType;
    private FixType fixType = FixType.SELECTOR_CHANGED;
    private Locator oldLocator;
    private Locator newLocator;
    private Double score;
    private Double runnerUpScore;
    private String fingerprintKey;
    private HealEvidence evidence = HealEvidence.NONE;
    private String beforeScreenshot;
    private String afterScreenshot;
    private Instant createdAt;
    private Instant decidedAt;
    private String decidedBy;
    private String candidatesSnapshot;

    private Builder() {}

    public Builder id(Long v) {
      id = v;
      return this;
    }

    public Builder projectId(Long v) {
      projectId = v;
      return this;
    }

    public Builder runId(Long v) {
      runId = v;
      return this;
    }

    public Builder specKey(String v) {
      specKey = v;
      return this;
    }

    public Builder stepId(String v) {
      stepId = v;
      return this;
    }

    public Builder status(ProposalStatus v) {
      status = v;
      return this;
    }

    public Builder failureType(FailureType v) {
      failureType = v;
      return this;
    }

    public Builder fixType(FixType v) {
      fixType = v;
      return this;
    }

    /** The broken locator and its fix. */
    public Builder locators(Locator old, Locator fix) {
      oldLocator = old;
      newLocator = fix;
      return this;
    }

    public Builder score(Double v) {
      score = v;
      return this;
    }

    public Builder runnerUpScore(Double v) {
      runnerUpScore = v;
      return this;
    }

    public Builder fingerprintKey(String v) {
      fingerprintKey = v;
      return this;
    }

    public Builder evidence(HealEvidence v) {
      evidence = v;
      return this;
    }

    /** The before and after screenshots as stored (relative to the Argus home when under it); each may be null. */
    public Builder screenshots(String before, String after) {
      beforeScreenshot = before;
      afterScreenshot = after;
      return this;
    }

    public Builder candidatesSnapshot(String v) {
      candidatesSnapshot = v;
      return this;
    }

    public Builder createdAt(Instant v) {
      createdAt = v;
      return this;
    }

    public Builder decidedAt(Instant v) {
      decidedAt = v;
      return this;
    }

    public Builder decidedBy(String v) {
      decidedBy = v;
      return this;
    }

    /** The proposal; throws an {@link ArgusException} naming what is missing when a required part is. */
    public HealProposal build() {
      List<String> missing = new ArrayList<>();
      if (specKey == null || specKey.isBlank()) {
        missing.add("the spec key");
      }
      if (stepId == null || stepId.isBlank()) {
        missing.add("the step id");
      }
      if (failureType == null) {
        missing.add("the failure type");
      }
      if (status == null) {
        missing.add("the status");
      }
      if (!missing.isEmpty()) {
        throw new ArgusException("A heal proposal needs " + String.join(", ", missing) + " (proposal for step "
            + (stepId == null ? "?" : "'" + stepId + "'") + " of " + (specKey == null ? "an unknown spec" : "'" + specKey + "'")
            + "); this is a bug in whatever made it, please report it.");
      }
      return new HealProposal(id, projectId, runId, specKey, stepId, status, failureType, fixType, oldLocator, newLocator,
          score, runnerUpScore, fingerprintKey, evidence, beforeScreenshot, afterScreenshot, createdAt, decidedAt, decidedBy,
          candidatesSnapshot);
    }
  }
}
