package com.argus.engine.heal;

import com.argus.engine.locate.SimilarityScorer;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Step;

/**
 * Step 1: classify the failure from the runner's evidence. Steps that assert absence or
 * hidden-ness are never healed (healing would make a failing "is gone" check pass on something
 * else); a slow element is retried, not healed; a real bug fails the test.
 *
 * <p>Immutable; thread-safe.
 */
public final class ClassifyFailure implements HealingStep {
  private final SimilarityScorer scorer;
  private final double minPlausible;

  public ClassifyFailure(SimilarityScorer scorer, double minPlausible) {
    this.scorer = scorer;
    this.minPlausible = minPlausible;
  }

  @Override
  public HealAttempt apply(HealAttempt a) {
    Step step = a.failure().step();
    if (assertsAbsence(step)) {
      return a.note("classify: the step asserts absence or hidden-ness; never healed").finish(HealOutcome.NOT_HEALABLE);
    }
    Locator primary = step.target() == null ? null : step.target().primary();
    if (primary == null) {
      return a.note("classify: the step has no element locator; nothing to heal").finish(HealOutcome.NOT_HEALABLE);
    }
    StepFailure f = a.failure();
    FailureType type = switch (f.signal()) {
      case PAGE_ERROR -> FailureType.REAL_BUG;
      case NOT_ACTIONABLE -> FailureType.TIMING_ISSUE;
      // Found now, after the step gave up: it came late.
      case NOT_FOUND -> a.page().count(primary) > 0 ? FailureType.TIMING_ISSUE : pageMoved(a) ? FailureType.UI_CHANGE : FailureType.SELECTOR_CHANGED;
      case AMBIGUOUS -> FailureType.SELECTOR_CHANGED;
      case ASSERTION_FAILED -> assertionOnOtherElement(f) ? FailureType.SELECTOR_CHANGED : FailureType.REAL_BUG;
      case OTHER -> FailureType.UNKNOWN;
    };
    HealAttempt c = a.classified(type).note("classify: " + type.fileName() + " (" + f.signal().name().toLowerCase(java.util.Locale.ROOT) + ")");
    return switch (type) {
      case TIMING_ISSUE -> c.finish(HealOutcome.RETRY);
      case REAL_BUG -> c.finish(HealOutcome.NOT_HEALED);
      default -> c;
    };
  }

  static boolean assertsAbsence(Step step) {
    if (step.action() != Action.ASSERT || step.assertion() == null) {
      return false;
    }
    AssertionKind kind = step.assertion().kind();
    return kind == AssertionKind.HIDDEN || (kind == AssertionKind.COUNT && "0".equals(step.assertion().expected() == null ? null : step.assertion().expected().trim()));
  }

  private static boolean pageMoved(HealAttempt a) {
    String expected = a.failure().expectedPage();
    return expected != null && !HealingKeys.pageOf(expected).equals(HealingKeys.pageOf(a.page().url()));
  }

  /** The assertion looked at an element that no longer resembles the step's: the locator now points elsewhere. */
  private boolean assertionOnOtherElement(StepFailure f) {
    return f.found() != null && f.reference() != null && scorer.score(f.reference(), f.found()).score() < minPlausible;
  }
}
