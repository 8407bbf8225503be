package com.argus.engine.heal;

import com.argus.engine.spec.Locator;
import java.util.List;

/**
 * The healing knowledge base ({@code healing_patterns}). Implemented by the store; thread-safe.
 */
public interface HealingPatternRepository {
  /** The fixes known for a key, highest confidence first. */
  List<HealingPattern> find(Long projectId, String key);

  /**
   * Counts one more success or failure of {@code after} for the key, creating the pattern on its
   * first use; returns it as stored.
   */
  HealingPattern record(Long projectId, String key, String page, FailureType failureType, Locator before, Locator after, boolean success);
}
