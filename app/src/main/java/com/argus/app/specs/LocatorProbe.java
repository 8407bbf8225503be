package com.argus.app.specs;

import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import java.util.List;

/**
 * Counts how many elements each locator candidate matches on a live page: the editor's "count
 * matches" button. Backed by the engine's browser driver in the composition root once that exists.
 * Blocking; called through the TaskRunner.
 */
public interface LocatorProbe {
  /**
   * Opens the spec's page as it is at {@code step} (replaying the steps before it) and counts each
   * candidate's matches.
   *
   * @return one count per candidate, in order
   */
  List<Integer> countMatches(TestSpec spec, Step step, List<Locator> candidates);
}
