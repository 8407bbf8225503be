package com.argus.engine.locate;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of relocating one element: candidates ranked best first (the top few), the
 * decision, and why.
 *
 * @param ranked the best candidates, best first; the first two carry their score breakdown
 * @param candidateCount how many candidates were scored
 * @param decision what may be done with the best candidate
 * @param reason one sentence for people: why this decision
 *
 * <p>Immutable.
 */
public record Relocation(List<RankedCandidate> ranked, int candidateCount, Decision decision, String reason) {
  public Relocation {
    ranked = List.copyOf(ranked);
  }

  public Optional<RankedCandidate> best() {
    return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
  }

  public Optional<RankedCandidate> runnerUp() {
    return ranked.size() < 2 ? Optional.empty() : Optional.of(ranked.get(1));
  }

  /** How far the best is ahead of the runner-up; the best's score when there is no runner-up. */
  public double margin() {
    double best = best().map(RankedCandidate::score).orElse(0.0);
    return best - runnerUp().map(RankedCandidate::score).orElse(0.0);
  }
}
