package com.argus.app.heal;

import com.argus.engine.heal.HealReviewItem;
import com.argus.engine.heal.review.HealReview;
import com.argus.engine.heal.ProposalStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The review screen's {@link HealQueue} on the engine's {@link HealReview}, the same service and
 * the same {@link HealReviewItem} {@code argus heals} uses, so a decision here and one on the command
 * line are the same decision on the same facts.
 *
 * <p>Thread-safe when the review is; blocking, called through the TaskRunner.
 */
public final class EngineHealQueue implements HealQueue {
  private final HealReview review;
  private final Function<String, Path> screenshots;
  private final String decidedBy;

  /**
   * @param screenshots a stored file path to the file (stored paths may be relative to the Argus home)
   * @param decidedBy who decides, as recorded with the decision
   */
  public EngineHealQueue(HealReview review, Function<String, Path> screenshots, String decidedBy) {
    this.review = review;
    this.screenshots = screenshots;
    this.decidedBy = decidedBy;
  }

  @Override
  public List<HealReviewItem> pending() {
    return review.list(null, ProposalStatus.PENDING).stream().map(p -> HealReviewItem.of(p, screenshots)).toList();
  }

  @Override
  public void approve(long proposalId) {
    review.approve(proposalId, decidedBy);
  }

  @Override
  public void reject(long proposalId) {
    review.reject(proposalId, decidedBy);
  }

  @Override
  public int approveForAll(long proposalId) {
    return review.approveForAll(proposalId, decidedBy);
  }
}
