package com.argus.engine.heal;

import com.argus.engine.spec.Locator;
import java.time.Instant;

/**
 * A fix the knowledge base remembers: for this broken locator, failure type and page, this locator
 * worked (or did not) so many times.
 *
 * @param id the store's id, or null before it is saved
 * @param key {@link HealingKeys#patternKey} of (broken locator, failure type, page)
 *
 * <p>Immutable.
 */
public record HealingPattern(
    Long id, Long projectId, String key, String page, FailureType failureType, Locator before, Locator after,
    int successes, int failures, Instant createdAt, Instant updatedAt) {

  /** successes / (successes + failures); 0 for a pattern never tried. */
  public double confidence() {
    int n = successes + failures;
    return n == 0 ? 0 : (double) successes / n;
  }
}
