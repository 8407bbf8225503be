package com.argus.engine.locate;

import com.argus.engine.locate.internal.Features;
import com.argus.engine.spec.ElementFingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Finds a changed element on a new page: scores every candidate against the target fingerprint
 * with a {@link SimilarityScorer}, ranks them and decides whether the best may be applied
 * automatically ({@link Decision}). Live healing and {@code argus locate} both go through here, so
 * the heal lab measures exactly what runs.
 *
 * <p>Immutable; thread-safe.
 */
public final class Relocator {
  private final SimilarityScorer scorer;
  private final RelocationSettings settings;

  public Relocator(SimilarityWeights weights, RelocationSettings settings) {
    this.scorer = new SimilarityScorer(weights);
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** With the tuned default weights and thresholds. */
  public static Relocator withDefaults() {
    return new Relocator(SimilarityWeights.defaults(), RelocationSettings.DEFAULTS);
  }

  public RelocationSettings settings() {
    return settings;
  }

  public SimilarityWeights weights() {
    return scorer.weights();
  }

  public Relocation relocate(ElementFingerprint target, List<ElementFingerprint> candidates) {
    return relocate(target, candidates, i -> true);
  }

  /**
   * Relocates among the candidates {@code allowed} accepts (e.g. leaving out fixes a person has
   * rejected); the others are not scored and cannot win.
   */
  public Relocation relocate(ElementFingerprint target, List<ElementFingerprint> candidates, IntPredicate allowed) {
    Objects.requireNonNull(target, "target");
    Features t = new Features(target);
    int n = candidates.size();
    double[] scratch = new double[FingerprintProperty.values().length];
    // A bounded insertion list: the top few are all a result keeps, so no full sort.
    int keep = settings.keep();
    int[] topIndex = new int[keep];
    double[] topScore = new double[keep];
    int size = 0;
    int scored = 0;
    for (int i = 0; i < n; i++) {
      if (!allowed.test(i)) {
        continue;
      }
      scored++;
      double s = scorer.total(t, new Features(candidates.get(i)), scratch);
      if (size < keep || s > topScore[size - 1]) {
        int pos = size < keep ? size++ : keep - 1;
        while (pos > 0 && topScore[pos - 1] < s) {
          topScore[pos] = topScore[pos - 1];
          topIndex[pos] = topIndex[pos - 1];
          pos--;
        }
        topScore[pos] = s;
        topIndex[pos] = i;
      }
    }
    List<RankedCandidate> ranked = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      ScoreBreakdown breakdown = k < 2 ? scorer.breakdown(t, new Features(candidates.get(topIndex[k]))) : null;
      ranked.add(new RankedCandidate(topIndex[k], round(topScore[k]), breakdown));
    }
    return decide(ranked, scored);
  }

  private Relocation decide(List<RankedCandidate> ranked, int scored) {
    if (ranked.isEmpty()) {
      return new Relocation(ranked, scored, Decision.NONE, "no candidates on the page");
    }
    double best = ranked.get(0).score();
    double runnerUp = ranked.size() > 1 ? ranked.get(1).score() : 0;
    double margin = best - runnerUp;
    if (best < settings.minPlausible()) {
      return new Relocation(ranked, scored, Decision.NONE,
          String.format(Locale.ROOT, "best score %.2f is below the plausible minimum %.2f", best, settings.minPlausible()));
    }
    if (best < settings.autoThreshold()) {
      return new Relocation(ranked, scored, Decision.REVIEW,
          String.format(Locale.ROOT, "best score %.2f is below the auto threshold %.2f", best, settings.autoThreshold()));
    }
    // Margins are compared on rounded scores so that the printed figures explain the decision.
    if (Math.round(margin * 10000) < Math.round(settings.minMargin() * 10000)) {
      return new Relocation(ranked, scored, Decision.REVIEW,
          String.format(Locale.ROOT, "ambiguous: runner-up #%d scores %.2f, within %.2f of the best %.2f",
              ranked.get(1).index(), runnerUp, settings.minMargin(), best));
    }
    return new Relocation(ranked, scored, Decision.AUTO,
        String.format(Locale.ROOT, "score %.2f reaches the auto threshold %.2f and leads the runner-up by %.2f",
            best, settings.autoThreshold(), margin));
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
