package com.argus.engine.locate;

import java.util.List;
import java.util.Map;

/**
 * What a {@code argus locate} run did: how many inputs, how each was decided, and the errors
 * ({@code file:line: what is wrong}) of those that could not be scored.
 *
 * <p>Immutable.
 */
public record LocateSummary(int inputs, Map<Decision, Integer> decisions, List<String> errors) {
  public LocateSummary {
    decisions = Map.copyOf(decisions);
    errors = List.copyOf(errors);
  }

  public boolean ok() {
    return errors.isEmpty();
  }
}
