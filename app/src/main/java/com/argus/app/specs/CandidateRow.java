package com.argus.app.specs;

import com.argus.engine.spec.Locator;

/**
 * One locator candidate of the selected step, as the editor lists it.
 *
 * @param rank 1 for the candidate tried first
 * @param matches how many elements it matched on the live page, or null when not counted
 */
public record CandidateRow(int rank, Locator locator, Integer matches) {
  public String strategy() {
    return locator.strategy().fileName();
  }

  public String matchesText() {
    if (matches == null) {
      return "–";
    }
    return matches == 1 ? "1 (unique)" : String.valueOf(matches);
  }
}
