package com.argus.engine.heal;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One heal proposal as a person reviewing it sees it, the same in the workbench's review screen and
 * in {@code argus heals list/show}: what broke and the fix, how sure Argus is and why, the runner-up,
 * and the before/after screenshots as files. Built from a stored {@link HealProposal} by {@link #of}.
 *
 * @param id the proposal's id, to decide it
 * @param status pending, approved or rejected
 * @param failureType the failure's classification ({@code selector_changed} ...), {@code unknown} when none
 * @param fixType what kind of fix it is
 * @param oldLocator the broken locator, described; {@code ?} when unknown
 * @param newLocator the fix, described; {@code ?} when unknown
 * @param confidence the fix's similarity to the element's fingerprint, 0..1 (0 when not measured)
 * @param scores the fix's similarity per property ("accessible name" -> 0.9), in the scorer's order
 * @param runnerUp the second-best candidate ("candidate #8"), or null when there was none
 * @param runnerUpScore its score, or null
 * @param margin how far the fix leads the runner-up, or null
 * @param reasons why the heal was doubtful, on which page, from how many candidates; one sentence each
 * @param beforeScreenshot the step in the last good run, as a file; null when none
 * @param afterScreenshot the chosen element outlined on the changed page, as a file; null when none
 * @param candidatesSnapshot the captured candidates, as a file; null when none
 * @param evidence everything else that was kept (screenshot notes, trace, thresholds, outline)
 *
 * <p>Immutable; safe to share between threads.
 */
public record HealReviewItem(
    long id, ProposalStatus status, String specKey, String stepId, String failureType, FixType fixType, String oldLocator,
    String newLocator, double confidence, Map<String, Double> scores, String runnerUp, Double runnerUpScore, Double margin,
    List<String> reasons, Path beforeScreenshot, Path afterScreenshot, Path candidatesSnapshot, HealEvidence evidence) {

  public HealReviewItem {
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    reasons = List.copyOf(reasons);
    evidence = evidence == null ? HealEvidence.NONE : evidence;
  }

  /**
   * The review item of a stored proposal.
   *
   * @param storedFiles a stored file path (relative to the Argus home when under it) to the file
   */
  public static HealReviewItem of(HealProposal p, Function<String, Path> storedFiles) {
    HealEvidence e = p.evidence();
    Double runnerUpScore = p.runnerUpScore() != null ? p.runnerUpScore() : e.runnerUp() == null ? null : (Double) e.runnerUp().score();
    Double margin = p.score() == null || runnerUpScore == null ? e.margin() : (Double) (p.score() - runnerUpScore);
    return new HealReviewItem(p.id() == null ? 0 : p.id(), p.status(), p.specKey(), p.stepId(),
        p.failureType() == null ? "unknown" : p.failureType().fileName(), p.fixType(),
        p.oldLocator() == null ? "?" : p.oldLocator().describe(), p.newLocator() == null ? "?" : p.newLocator().describe(),
        p.score() == null ? 0 : p.score(), e.propertyScores(), e.runnerUp() == null ? null : "candidate #" + e.runnerUp().index(),
        runnerUpScore, margin, e.reasons(),
        file(storedFiles, p.beforeScreenshot()), file(storedFiles, p.afterScreenshot()),
        file(storedFiles, p.candidatesSnapshot()), e);
  }

  /** One line for lists: id, status, spec, step, the locator change and the confidence. */
  public String line() {
    String spec = specKey.length() > 28 ? "…" + specKey.substring(specKey.length() - 27) : specKey;
    return String.format(Locale.ROOT, "%-5d %-9s %-28s %-10s %s -> %s  (%.2f)", id, status.name().toLowerCase(Locale.ROOT), spec,
        stepId, oldLocator, newLocator, confidence);
  }

  /** Why there is no before screenshot ("not recorded" for proposals made before that was kept), or null when there is one. */
  public String beforeMissing() {
    return beforeScreenshot != null ? null : e(evidence.screenshots().before());
  }

  /** Why there is no after screenshot, likewise. */
  public String afterMissing() {
    return afterScreenshot != null ? null : e(evidence.screenshots().after());
  }

  private static String e(String note) {
    return note == null ? "not recorded" : note;
  }

  private static Path file(Function<String, Path> storedFiles, String stored) {
    return stored == null ? null : storedFiles.apply(stored);
  }
}
