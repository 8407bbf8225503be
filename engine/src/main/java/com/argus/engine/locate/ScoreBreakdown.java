package com.argus.engine.locate;

import java.util.List;

/**
 * One candidate's similarity to the target, and where it comes from: one entry per property the
 * target has (properties the target lacks say nothing and are left out of the score).
 *
 * @param score the weighted mean similarity, 0..1
 * @param properties the per-property scores, in {@link FingerprintProperty} order
 *
 * <p>Immutable.
 */
public record ScoreBreakdown(double score, List<PropertyScore> properties) {
  public ScoreBreakdown {
    properties = List.copyOf(properties);
  }
}
