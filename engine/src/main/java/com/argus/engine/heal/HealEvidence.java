package com.argus.engine.heal;

import com.argus.engine.locate.PropertyScore;
import com.argus.engine.locate.RankedCandidate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a heal chose its element, as a person reviewing it needs to see it: the page, which pipeline
 * step found the fix and its decision, the relocation's reason, the scores of the choice and of the
 * runner-up, the chosen candidate with its outline on the after screenshot, what became of the
 * screenshots, the thresholds the decision was taken against, and the pipeline's trace. The
 * proposal around it carries the failure and fix types, the locators, the overall scores and the
 * stored file paths. Secrets are masked before it is built.
 *
 * @param page the page's URL when the heal was made; null when unknown
 * @param source what found the fix: {@code similarity}, {@code knowledge_base}, {@code fallback_locator},
 *     or {@code shared} for a fix carried over from another approved proposal; null when unknown
 * @param decision the pipeline's decision: {@code auto}, {@code review} or {@code none}; null when unknown
 * @param reason one sentence for people: why the decision (for a shared fix, why it was shared so)
 * @param candidateCount how many candidate elements were scored; null when no relocation ran
 * @param best the chosen candidate with its per-property breakdown; null when no relocation ran
 * @param runnerUp the second-best candidate with its breakdown; null when there was none
 * @param chosenIndex the chosen element's index among the captured candidates; null when unknown
 * @param outline where the chosen element is on the after screenshot; null when none was taken
 * @param screenshots what became of the before and after screenshots and of the candidates snapshot
 * @param thresholds the settings the decision was taken against; null for heals made before they were kept
 * @param trace one line per pipeline step that ran, in order
 * @param sharedFrom the approved proposal this fix was shared from; null when found on its own
 *
 * <p>Immutable; safe to share between threads.
 */
public record HealEvidence(
    String page, String source, String decision, String reason, Integer candidateCount, RankedCandidate best,
    RankedCandidate runnerUp, Integer chosenIndex, Box outline, ScreenshotNotes screenshots, Thresholds thresholds,
    List<String> trace, Long sharedFrom) {

  /** Evidence that says nothing (a proposal made without any, or whose stored evidence cannot be read). */
  public static final HealEvidence NONE = builder().build();

  public HealEvidence {
    trace = trace == null ? List.of() : List.copyOf(trace);
    screenshots = screenshots == null ? ScreenshotNotes.NONE : screenshots;
  }

  /**
   * A box on a screenshot, in CSS pixels of the page.
   *
   * <p>Immutable.
   */
  public record Box(double x, double y, double width, double height) {}

  /**
   * Why a screenshot or the candidates snapshot is what it is ("the page before this step in run 3 ...",
   * "no screenshot: ..."); each null when nothing was noted.
   *
   * <p>Immutable.
   */
  public record ScreenshotNotes(String before, String after, String candidates) {
    public static final ScreenshotNotes NONE = new ScreenshotNotes(null, null, null);
  }

  /**
   * The healing settings a decision was taken against, so a reviewer can tell "doubtful" from "below the bar".
   *
   * @param autoApply a similarity at or above this may be applied without a person
   * @param minMargin the best must lead the runner-up by this much, else it is ambiguous
   * @param minPlausible below this nothing is plausibly the element
   * @param knowledgeApply a knowledge-base fix at or above this confidence is applied
   * @param knowledgeVerify one at or above this is applied and checked against the page first
   *
   * <p>Immutable.
   */
  public record Thresholds(double autoApply, double minMargin, double minPlausible, double knowledgeApply,
      double knowledgeVerify) {
    public static Thresholds of(HealingSettings settings) {
      return new Thresholds(settings.relocation().autoThreshold(), settings.relocation().minMargin(),
          settings.relocation().minPlausible(), settings.knowledgeApply(), settings.knowledgeVerify());
    }
  }

  /** How far the best candidate leads the runner-up; null when there is no runner-up to compare. */
  public Double margin() {
    return best == null || runnerUp == null ? null : best.score() - runnerUp.score();
  }

  /** The chosen candidate's similarity per property ("accessible name" -> 0.9), in the scorer's order; empty without a relocation. */
  public Map<String, Double> propertyScores() {
    Map<String, Double> scores = new LinkedHashMap<>();
    if (best != null && best.breakdown() != null) {
      for (PropertyScore p : best.breakdown().properties()) {
        scores.put(p.property().key().replace('_', ' '), p.similarity());
      }
    }
    return scores;
  }

  /** The reasons to show a reviewer, one sentence each: why the decision, on which page, from how many candidates. */
  public List<String> reasons() {
    List<String> out = new ArrayList<>();
    if (reason != null && !reason.isBlank()) {
      out.add(reason);
    }
    if (sharedFrom != null) {
      out.add("Shared from heal " + sharedFrom);
    }
    if (page != null && !page.isBlank()) {
      out.add("Page: " + page);
    }
    if (candidateCount != null) {
      out.add(candidateCount + " candidate elements scored");
    }
    return out;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().page(page).source(source).decision(decision).reason(reason).candidateCount(candidateCount)
        .best(best).runnerUp(runnerUp).chosenIndex(chosenIndex).outline(outline).screenshots(screenshots)
        .thresholds(thresholds).trace(trace).sharedFrom(sharedFrom);
  }

  /** Builds {@link HealEvidence}; every part is optional. Not thread-safe. */
  public static final class Builder {
    private String page;
    private String source;
    private String decision;
    private String reason;
    private Integer candidateCount;
    private RankedCandidate best;
    private RankedCandidate runnerUp;
    private Integer chosenIndex;
    private Box outline;
    private ScreenshotNotes screenshots = ScreenshotNotes.NONE;
    private Thresholds thresholds;
    private List<String> trace = List.of();
    private Long sharedFrom;

    private Builder() {}

    public Builder page(String v) {
      page = v;
      return this;
    }

    public Builder source(String v) {
      source = v;
      return this;
    }

    public Builder decision(String v) {
      decision = v;
      return this;
    }

    public Builder reason(String v) {
      reason = v;
      return this;
    }

    public Builder candidateCount(Integer v) {
      candidateCount = v;
      return this;
    }

    public Builder best(RankedCandidate v) {
      best = v;
      return this;
    }

    public Builder runnerUp(RankedCandidate v) {
      runnerUp = v;
      return this;
    }

    public Builder chosenIndex(Integer v) {
      chosenIndex = v;
      return this;
    }

    public Builder outline(Box v) {
      outline = v;
      return this;
    }

    public Builder screenshots(ScreenshotNotes v) {
      screenshots = v;
      return this;
    }

    public Builder thresholds(Thresholds v) {
      thresholds = v;
      return this;
    }

    public Builder trace(List<String> v) {
      trace = v;
      return this;
    }

    public Builder sharedFrom(Long v) {
      sharedFrom = v;
      return this;
    }

    public HealEvidence build() {
      return new HealEvidence(page, source, decision, reason, candidateCount, best, runnerUp, chosenIndex, outline, screenshots,
          thresholds, trace, sharedFrom);
    }
  }
}
