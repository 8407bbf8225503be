package com.argus.app.specs;

import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import java.util.List;

/**
 * Counts how many elements each locator candidate matches on a live page: the editor's "count
 * matches" button. {@link BrowserLocatorProbe} does it with the replay engine's browser driver.
 * Blocking; called through the TaskRunner.
 */
public interface LocatorProbe {
  /**
   * Opens the page the spec is on at {@code step} and counts each candidate's matches there.
   *
   * @param baseUrl where the app is (the project's base URL), or null for the spec's own
   * @return one count per candidate, in order
   */
  List<Integer> countMatches(String baseUrl, TestSpec spec, Step step, List<Locator> candidates);
}
