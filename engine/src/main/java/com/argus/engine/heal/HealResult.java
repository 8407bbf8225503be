package com.argus.engine.heal;

import com.argus.engine.locate.Decision;
import com.argus.engine.locate.Relocation;
import com.argus.engine.spec.Locator;
import java.util.List;

/**
 * What the pipeline concluded for one failed step, with the trail of what each step did: reports
 * (JUnit XML, results.json) and proposals show it.
 *
 * @param outcome what may be done
 * @param failureType the classification
 * @param source the step that found the fix; null when none was found
 * @param oldLocator the step's primary locator
 * @param newLocator the fix; null when none
 * @param decision auto / review / none for the fix
 * @param score the fix's similarity to the reference fingerprint, when measured
 * @param relocation the similarity relocation, when it ran (ranking, breakdowns, runner-up)
 * @param pattern the knowledge-base pattern used, when one was
 * @param trace one line per pipeline step that ran, in order
 *
 * <p>Immutable.
 */
public record HealResult(
    HealOutcome outcome, FailureType failureType, HealSource source, Locator oldLocator, Locator newLocator, Decision decision,
    Double score, Relocation relocation, HealingPattern pattern, List<String> trace) {
  public HealResult {
    trace = List.copyOf(trace);
  }

  /** Whether a fix may be used to go on (in auto mode only {@link HealOutcome#HEALED}). */
  public boolean hasFix() {
    return newLocator != null;
  }
}
