package com.argus.engine.heal;

import com.argus.engine.locate.Relocator;
import com.argus.engine.locate.SimilarityScorer;
import com.argus.engine.locate.SimilarityWeights;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Self-healing for a failed step: a listed pipeline of small steps, assembled here and nowhere
 * else. Each step takes and returns an immutable {@link HealAttempt}; the first that concludes ends
 * it. A heal counts only if the step then succeeds: the runner applies the fix, runs the step, and
 * reports back through {@link #learn}.
 *
 * <p>Immutable; thread-safe when the repositories are. One pipeline serves all runner threads.
 */
public final class HealingPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(HealingPipeline.class);

  private final List<HealingStep> steps;
  private final HealingPatternRepository patterns;
  private final HealingSettings settings;

  public HealingPipeline(
      SimilarityWeights weights, HealingSettings settings, HealingPatternRepository patterns, HealProposalRepository proposals) {
    this.patterns = Objects.requireNonNull(patterns, "patterns");
    this.settings = Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(proposals, "proposals");
    SimilarityScorer scorer = new SimilarityScorer(weights);
    ElementCheck check = new ElementCheck(scorer, settings.relocation().autoThreshold());
    this.steps = List.of(
        new ClassifyFailure(scorer, settings.relocation().minPlausible()), // 1. slow -> retry, bug -> fail, absence -> never
        new TryFallbackLocators(check), //                                   2. the step's own other locators
        new ConsultKnowledgeBase(patterns, proposals, settings, check), //     3. fixes that worked before
        new RelocateBySimilarity(new Relocator(weights, settings.relocation()), proposals), // 4. fingerprint similarity
        // 6. (comes with the AI issue) An AI step belongs here, between relocation and the decision:
        //    when relocation found nothing or only doubtful candidates, it may propose a locator
        //    from the page and the step's intent. It is not written yet; nothing stands in for it.
        new Decide()); //                                                      5. auto / review / none
  }

  /** The thresholds this pipeline decides with (kept with each proposal's evidence). */
  public HealingSettings settings() {
    return settings;
  }

  /** The steps in order, for documentation and tests. */
  public List<HealingStep> steps() {
    return steps;
  }

  public HealResult heal(StepFailure failure, PageSnapshot page) {
    HealAttempt a = HealAttempt.start(failure, page);
    for (HealingStep step : steps) {
      if (a.done()) {
        break;
      }
      a = step.apply(a);
    }
    HealResult r = a.result();
    LOG.debug("heal {} step {}: {} {}", failure.specKey(), failure.step().id(), r.outcome(), r.trace());
    return r;
  }

  /**
   * Teaches the knowledge base after the runner applied a confident heal: it counts only if the
   * step then succeeded. Proposals teach it when a person decides, not here; fallback locators are
   * the spec's own and are not learned.
   */
  public void learn(StepFailure failure, String pageUrl, HealResult result, boolean stepSucceeded) {
    if (result.outcome() != HealOutcome.HEALED || result.source() == HealSource.FALLBACK_LOCATOR || result.oldLocator() == null) {
      return;
    }
    String key = HealingKeys.patternKey(result.oldLocator(), result.failureType(), pageUrl);
    patterns.record(failure.projectId(), key, HealingKeys.pageOf(pageUrl), result.failureType(), result.oldLocator(),
        result.newLocator(), stepSucceeded);
  }
}
