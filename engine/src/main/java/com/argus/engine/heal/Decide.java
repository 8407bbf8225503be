package com.argus.engine.heal;

import com.argus.engine.locate.Decision;

/**
 * Step 5: turn the relocation's decision into the outcome. Auto heals only when the relocation
 * says {@code auto}; a page that moved to another URL ({@link FailureType#UI_CHANGE}) is never
 * healed without a person.
 *
 * <p>Stateless; thread-safe.
 */
public final class Decide implements HealingStep {
  @Override
  public HealAttempt apply(HealAttempt a) {
    if (a.decision() == null || a.newLocator() == null) {
      return a.note("decide: no fix found").finish(HealOutcome.NOT_HEALED);
    }
    Decision d = a.decision();
    if (d == Decision.AUTO && a.failureType() == FailureType.UI_CHANGE) {
      return a.note("decide: review (the page changed; a person confirms)").found(a.source(), a.newLocator(), Decision.REVIEW,
          a.score(), a.relocation(), a.pattern(), true);
    }
    return a.note("decide: " + d.fileName()).found(a.source(), a.newLocator(), d, a.score(), a.relocation(), a.pattern(), true);
  }
}
