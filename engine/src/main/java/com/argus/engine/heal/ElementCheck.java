package com.argus.engine.heal;

import com.argus.engine.locate.SimilarityScorer;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Locator;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the element a proposed locator finds still resembles the step's reference fingerprint:
 * the "verify" of fallback locators and knowledge-base fixes, so that neither heals into the wrong
 * element.
 *
 * <p>Immutable; thread-safe.
 */
public final class ElementCheck {
  private final SimilarityScorer scorer;
  private final double threshold;

  public ElementCheck(SimilarityScorer scorer, double threshold) {
    this.scorer = scorer;
    this.threshold = threshold;
  }

  /** The verdict; with no reference fingerprint the element cannot be compared and is accepted (the step must still succeed). */
  public Verdict verify(HealAttempt a, Locator locator) {
    ElementFingerprint reference = a.failure().reference();
    if (reference == null) {
      return new Verdict(true, null, "no fingerprint to compare; the step must succeed");
    }
    Optional<ElementFingerprint> now = a.page().describe(locator);
    if (now.isEmpty()) {
      return new Verdict(false, null, "the element cannot be described");
    }
    double s = scorer.score(reference, now.get()).score();
    boolean ok = s >= threshold;
    return new Verdict(ok, s, String.format(Locale.ROOT, "resemblance %.2f %s %.2f", s, ok ? ">=" : "<", threshold));
  }

  /** The result of a check. */
  public record Verdict(boolean resembles, Double score, String note) {}
}
