package com.argus.engine.heal;

import com.argus.engine.locate.Decision;
import com.argus.engine.spec.Locator;
import java.util.List;

/**
 * Step 2: the step's other locators, in their order. The first that finds exactly one element is
 * the fix: the spec's author listed it, so it is applied when that element still resembles the
 * fingerprint (auto threshold), and proposed otherwise.
 *
 * <p>Immutable; thread-safe.
 */
public final class TryFallbackLocators implements HealingStep {
  private final ElementCheck check;

  public TryFallbackLocators(ElementCheck check) {
    this.check = check;
  }

  @Override
  public HealAttempt apply(HealAttempt a) {
    List<Locator> all = a.failure().step().target().candidates();
    for (Locator l : all.subList(1, all.size())) {
      if (a.page().count(l) == 1) {
        ElementCheck.Verdict v = check.verify(a, l);
        return a.note("fallback: " + l.describe() + " finds one element; " + v.note())
            .found(HealSource.FALLBACK_LOCATOR, l, v.resembles() ? Decision.AUTO : Decision.REVIEW, v.score(), null, null, true);
      }
    }
    return a.note("fallback: " + (all.size() - 1) + " other locator(s), none finds exactly one element");
  }
}
