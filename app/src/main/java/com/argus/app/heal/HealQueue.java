package com.argus.app.heal;

import java.util.List;
import java.util.Map;

/**
 * What the heal review screen needs from the healing engine: the pending proposals and the three
 * decisions. The composition root adapts the engine's proposal repository and approval service to
 * this once they land. Blocking; called through the TaskRunner.
 */
public interface HealQueue {
  List<Proposal> pending();

  void approve(long proposalId);

  void reject(long proposalId);

  /** Approves and applies the same fix to every spec that uses the same broken locator. Returns how many. */
  int approveForAll(long proposalId);

  /**
   * One doubtful heal waiting for a person.
   *
   * @param scores the score breakdown by property (text, role, position ...), 0..1
   * @param runnerUp the second-best candidate's locator and score, or null
   */
  record Proposal(long id, String specKey, String stepId, String failureType, String oldLocator, String newLocator,
      double confidence, Map<String, Double> scores, String runnerUp, Double runnerUpScore, List<String> reasons,
      String beforeScreenshot, String afterScreenshot) {}
}
