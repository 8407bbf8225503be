package com.argus.engine.replay;

import com.argus.engine.ArgusException;
import com.argus.engine.heal.FixType;
import com.argus.engine.heal.HealMode;
import com.argus.engine.heal.HealOutcome;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealProposalRepository;
import com.argus.engine.heal.HealResult;
import com.argus.engine.heal.HealingKeys;
import com.argus.engine.heal.HealingPipeline;
import com.argus.engine.heal.ProposalStatus;
import com.argus.engine.heal.StepFailure;
import com.argus.engine.locate.RankedCandidate;
import com.argus.engine.replay.driver.BrowserDriver;
import com.argus.engine.replay.driver.BrowserGoneException;
import com.argus.engine.replay.driver.Scope;
import com.argus.engine.run.RunRepository;
import com.argus.engine.run.StepStatus;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replay side of self-healing for one test: when a step's locators find nothing, runs the
 * {@link HealingPipeline} on the page and acts on its result as the {@link HealMode} says. A heal
 * counts only if the step then succeeds; in {@link HealMode#AUTO} that teaches the knowledge base,
 * in {@link HealMode#REVIEW} the person's decision on the stored proposal does.
 *
 * <p>Not thread-safe: one per test, on the test's thread.
 */
final class StepHealing {
  private static final Logger LOG = LoggerFactory.getLogger(StepHealing.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What a runner needs to heal: the pipeline and where proposals go. Immutable; thread-safe when they are. */
  record Healer(HealingPipeline pipeline, HealProposalRepository proposals) {}

  private final Healer healer;
  private final HealMode mode;
  private final RunRepository runs;
  private final Long projectId;
  private final String specKey;
  private final Long runId;

  StepHealing(Healer healer, HealMode mode, RunRepository runs, Long projectId, String specKey, Long runId) {
    this.healer = healer;
    this.mode = mode;
    this.runs = runs;
    this.projectId = projectId;
    this.specKey = specKey;
    this.runId = runId;
  }

  /**
   * Heals a step whose locators found nothing, or returns {@code failed} as it is.
   *
   * @param rerun runs a step again (with the fixed target) and returns its outcome
   */
  StepOutcome heal(Step step, Scope scope, BrowserDriver driver, StepOutcome failed, Function<Step, StepOutcome> rerun) {
    if (step.target() == null || step.target().primary() == null) {
      return failed;
    }
    StepFailure failure = new StepFailure(projectId, specKey, step, StepFailure.Signal.NOT_FOUND, failed.cause(),
        baseline(step), null, null);
    BrowserPageSnapshot page = new BrowserPageSnapshot(driver, scope);
    HealResult result;
    try {
      result = healer.pipeline().heal(failure, page);
    } catch (BrowserGoneException e) {
      throw e;
    } catch (ArgusException e) {
      LOG.warn("Healing step {} of {} failed: {}", step.id(), specKey, e.getMessage());
      return failed;
    }
    HealOutcome outcome = result.outcome();
    if (outcome == HealOutcome.RETRY) {
      return rerun.apply(step);
    }
    if (!result.hasFix() || outcome == HealOutcome.NOT_HEALED || outcome == HealOutcome.NOT_HEALABLE) {
      return failed.withHeal(info(result, false, false, null));
    }
    boolean apply = outcome == HealOutcome.HEALED || mode == HealMode.REVIEW;
    if (!apply) {
      Long id = propose(failure, page.url(), result);
      return failed.withHeal(info(result, false, false, id));
    }
    Step healed = step.withTarget(new Target(List.of(result.newLocator()), step.target().fingerprint()));
    StepOutcome after = rerun.apply(healed);
    boolean ok = after.status() != StepStatus.FAILED;
    if (mode == HealMode.AUTO) {
      healer.pipeline().learn(failure, page.url(), result, ok);
    }
    if (!ok) {
      return after.failWith("healed to " + result.newLocator().describe() + " but the step still failed: " + after.cause())
          .withHeal(info(result, true, false, null));
    }
    Long id = mode == HealMode.REVIEW ? propose(failure, page.url(), result) : null;
    // A heal waiting for review is not yet the element's last good fingerprint.
    ElementFingerprint baseline = mode == HealMode.REVIEW ? null : after.fingerprint();
    return new StepOutcome(StepStatus.HEALED, after.cause(), result.newLocator().describe(), after.matchCount(),
        failed.attempts(), baseline, info(result, true, true, id));
  }

  private ElementFingerprint baseline(Step step) {
    try {
      return runs.baseline(projectId, specKey, step.id()).orElse(null);
    } catch (ArgusException e) {
      return null;
    }
  }

  private Long propose(StepFailure failure, String url, HealResult r) {
    Double runnerUp = r.relocation() == null ? null : r.relocation().runnerUp().map(RankedCandidate::score).orElse(null);
    HealProposal p = new HealProposal(null, projectId, runId, specKey, failure.step().id(), ProposalStatus.PENDING,
        r.failureType(), FixType.SELECTOR_CHANGED, r.oldLocator(), r.newLocator(), r.score(), runnerUp,
        HealingKeys.fingerprintKey(failure.reference()), evidence(url, r), null, null, null, null, null);
    try {
      return healer.proposals().add(p).id();
    } catch (ArgusException e) {
      LOG.warn("Could not store the heal proposal for step {} of {}: {}", failure.step().id(), specKey, e.getMessage());
      return null;
    }
  }

  /** The proposal's evidence (docs/healing.md): page, source, reason, trace, and the breakdowns of the choice and the runner-up. */
  private static String evidence(String url, HealResult r) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("page", url);
    e.put("source", r.source() == null ? null : r.source().name().toLowerCase(java.util.Locale.ROOT));
    e.put("decision", r.decision() == null ? null : r.decision().fileName());
    if (r.relocation() != null) {
      e.put("reason", r.relocation().reason());
      e.put("candidates", r.relocation().candidateCount());
      r.relocation().best().ifPresent(b -> e.put("best", b));
      r.relocation().runnerUp().ifPresent(b -> e.put("runnerUp", b));
    }
    e.put("trace", r.trace());
    try {
      return JSON.writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      return "{\"trace\": " + r.trace().size() + "}";
    }
  }

  private static StepHeal info(HealResult r, boolean applied, boolean succeeded, Long proposalId) {
    return new StepHeal(r.oldLocator() == null ? null : r.oldLocator().describe(),
        r.newLocator() == null ? null : r.newLocator().describe(), r.score(),
        r.decision() == null ? "none" : r.decision().fileName(),
        r.source() == null ? null : r.source().name().toLowerCase(java.util.Locale.ROOT), applied, succeeded, proposalId,
        r.trace());
  }
}
