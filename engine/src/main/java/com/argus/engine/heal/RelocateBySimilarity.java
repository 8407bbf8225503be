package com.argus.engine.heal;

import com.argus.engine.locate.Decision;
import com.argus.engine.locate.RankedCandidate;
import com.argus.engine.locate.Relocation;
import com.argus.engine.locate.Relocator;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Locator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Step 4: similarity relocation: scores every candidate on the page against the reference
 * fingerprint (the same {@link Relocator} as {@code argus locate}). A best candidate whose locator
 * a person rejected for this element is left out and the relocation repeated.
 *
 * <p>Immutable; thread-safe when the repository is.
 */
public final class RelocateBySimilarity implements HealingStep {
  /** A bound on re-relocations after rejected fixes; rejections are rare. */
  private static final int MAX_EXCLUSIONS = 5;

  private final Relocator relocator;
  private final HealProposalRepository proposals;

  public RelocateBySimilarity(Relocator relocator, HealProposalRepository proposals) {
    this.relocator = relocator;
    this.proposals = proposals;
  }

  @Override
  public HealAttempt apply(HealAttempt a) {
    ElementFingerprint reference = a.failure().reference();
    if (reference == null) {
      return a.note("similarity: the step has no fingerprint to compare against");
    }
    List<ElementFingerprint> candidates = a.page().candidates();
    String fingerprintKey = HealingKeys.fingerprintKey(reference);
    Set<Integer> excluded = new HashSet<>();
    HealAttempt cur = a;
    for (int round = 0; round <= MAX_EXCLUSIONS; round++) {
      Relocation r = relocator.relocate(reference, candidates, i -> !excluded.contains(i));
      if (r.best().isEmpty() || r.decision() == Decision.NONE) {
        return cur.note("similarity: " + r.reason()).found(HealSource.SIMILARITY, null, Decision.NONE, null, r, null, false);
      }
      RankedCandidate best = r.best().get();
      Locator locator = a.page().locatorFor(best.index());
      if (proposals.isRejected(fingerprintKey, locator)) {
        excluded.add(best.index());
        cur = cur.note("similarity: candidate #" + best.index() + " (" + locator.describe() + ") was rejected for this element, excluded");
        continue;
      }
      return cur.note(String.format(Locale.ROOT, "similarity: candidate #%d of %d, %s; %s", best.index(), r.candidateCount(),
              locator.describe(), r.reason()))
          .found(HealSource.SIMILARITY, locator, r.decision(), best.score(), r, null, false);
    }
    return cur.note("similarity: too many rejected candidates");
  }
}
