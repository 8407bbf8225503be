package com.argus.app.heal;

import com.argus.engine.heal.HealReviewItem;
import java.util.List;

/**
 * What the heal review screen needs from the healing engine: the pending proposals, as the same
 * {@link HealReviewItem} {@code argus heals} shows, and the three decisions. Blocking; called
 * through the TaskRunner.
 */
public interface HealQueue {
  List<HealReviewItem> pending();

  void approve(long proposalId);

  void reject(long proposalId);

  /** Approves and applies the same fix to every spec that uses the same broken locator. Returns how many. */
  int approveForAll(long proposalId);
}
