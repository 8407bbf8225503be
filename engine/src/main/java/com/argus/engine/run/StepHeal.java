package com.argus.engine.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What self-healing did for one step of a run: the one value a live run reports, the store keeps
 * with the step result and the reports (results.json, JUnit XML, HTML) and the run screens show.
 * Secrets are masked before it is made.
 *
 * @param oldLocator the step's broken primary locator, in its short form
 * @param newLocator the fix, or null when none was found
 * @param score the fix's similarity to the element's fingerprint, when measured
 * @param disposition what became of the fix: {@code auto} (applied without a person), {@code review}
 *     (applied, waiting for a person's approval, through the proposal or by hand when none could be
 *     stored), {@code proposed} (not applied; a proposal waits), {@code failed} (applied, but the step
 *     still failed) or {@code none} (no fix)
 * @param source the pipeline step that found the fix ({@code similarity}, {@code knowledge_base},
 *     {@code fallback_locator}), or null
 * @param proposalId the stored heal proposal, or null
 * @param beforeScreenshot the step in the last good run: absolute during the run, as stored (relative
 *     to the Argus home when under it) once read back; null when none
 * @param afterScreenshot the chosen element outlined on the changed page, likewise; null when none
 * @param note what happened to the spec file or the evidence (e.g. "spec not updated: read-only"), or null
 * @param decision the pipeline's decision on the fix ({@code auto}, {@code review}, {@code none}); known
 *     during the run only (null once read back), what became of it is {@link #disposition}
 * @param trace one line per pipeline step that ran; during the run only (empty once read back)
 *
 * <p>Immutable.
 */
public record StepHeal(
    String oldLocator, String newLocator, Double score, String disposition, String source, Long proposalId,
    Path beforeScreenshot, Path afterScreenshot, String note, String decision, List<String> trace) {

  public StepHeal {
    disposition = disposition == null ? "none" : disposition.toLowerCase(Locale.ROOT);
    trace = trace == null ? List.of() : List.copyOf(trace);
  }

  /**
   * What became of a fix, from what the run did with it.
   *
   * @param applied the step went on with the fix
   * @param succeeded the step succeeded with the fix
   * @param awaitingReview applied in review mode: a person has still to approve it
   * @param proposalId the proposal waiting for a person, or null
   */
  public static String disposition(boolean applied, boolean succeeded, boolean awaitingReview, Long proposalId) {
    if (applied) {
      return !succeeded ? "failed" : awaitingReview ? "review" : "auto";
    }
    return proposalId != null ? "proposed" : "none";
  }

  /** The step went on with the fix. */
  public boolean applied() {
    return switch (disposition) {
      case "auto", "review", "failed" -> true;
      default -> false;
    };
  }

  /** The step succeeded with the fix (only then does a heal count). */
  public boolean succeeded() {
    return disposition.equals("auto") || disposition.equals("review");
  }

  /** Whether the test passed only thanks to this heal and a person has still to approve it. */
  public boolean pendingReview() {
    return disposition.equals("review");
  }

  /** This heal with other screenshot paths (as the store keeps them, for storing). */
  public StepHeal withScreenshots(Path before, Path after) {
    return new StepHeal(oldLocator, newLocator, score, disposition, source, proposalId, before, after, note, decision, trace);
  }

  /** One line for logs, reports and the run screen: {@code heal: id=pw -> testid=pw (0.91, applied, pending review #4)}. */
  public String summary() {
    String number = proposalId == null ? "" : " #" + proposalId;
    String how = switch (disposition) {
      case "auto" -> "applied";
      case "review" -> "applied, pending review" + number;
      case "proposed" -> "proposed" + number;
      case "failed" -> "applied, step still failed";
      default -> "not applied";
    };
    String measured = score == null ? "" : String.format(Locale.ROOT, "%.2f, ", score);
    return "heal: " + oldLocator + " -> " + (newLocator == null ? "no fix" : newLocator) + " (" + measured + how + ")"
        + (note == null ? "" : "; " + note);
  }
}
