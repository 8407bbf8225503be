package com.argus.engine.heal;

import com.argus.engine.locate.Decision;
import com.argus.engine.locate.Relocation;
import com.argus.engine.spec.Locator;
import java.util.ArrayList;
import java.util.List;

/**
 * The value passed from one pipeline step to the next: the failure, the page, and what has been
 * concluded so far. Each step returns a new attempt; once {@link #done()} the rest pass it on.
 *
 * <p>Immutable.
 */
public record HealAttempt(
    StepFailure failure, PageSnapshot page, FailureType failureType, HealOutcome outcome, HealSource source, Locator newLocator,
    Decision decision, Double score, Relocation relocation, HealingPattern pattern, List<String> trace, boolean done) {

  public HealAttempt {
    trace = List.copyOf(trace);
  }

  public static HealAttempt start(StepFailure failure, PageSnapshot page) {
    return new HealAttempt(failure, page, FailureType.UNKNOWN, null, null, null, null, null, null, null, List.of(), false);
  }

  public HealAttempt note(String line) {
    List<String> t = new ArrayList<>(trace);
    t.add(line);
    return new HealAttempt(failure, page, failureType, outcome, source, newLocator, decision, score, relocation, pattern, t, done);
  }

  public HealAttempt classified(FailureType type) {
    return new HealAttempt(failure, page, type, outcome, source, newLocator, decision, score, relocation, pattern, trace, done);
  }

  /** Ends the pipeline with an outcome and no fix. */
  public HealAttempt finish(HealOutcome result) {
    return new HealAttempt(failure, page, failureType, result, source, newLocator, decision, score, relocation, pattern, trace, true);
  }

  /** A fix found; {@code final} ends the pipeline (fallback and knowledge base), else Decide still runs. */
  public HealAttempt found(HealSource from, Locator locator, Decision d, Double s, Relocation r, HealingPattern p, boolean end) {
    HealOutcome o = !end ? null : d == Decision.AUTO ? HealOutcome.HEALED : d == Decision.REVIEW ? HealOutcome.PROPOSED : HealOutcome.NOT_HEALED;
    return new HealAttempt(failure, page, failureType, o, from, locator, d, s, r, p, trace, end);
  }

  public HealResult result() {
    HealOutcome o = outcome == null ? HealOutcome.NOT_HEALED : outcome;
    return new HealResult(o, failureType, source, failure.step().target() == null ? null : failure.step().target().primary(),
        newLocator, decision, score, relocation, pattern, trace);
  }
}
