package com.argus.engine.run;

/**
 * What self-healing did for one step of a run, as stored with the step result.
 *
 * @param oldLocator the step's broken primary locator, in its short form
 * @param newLocator the fix, or null when none was found
 * @param score the fix's similarity to the element's fingerprint, when measured
 * @param decision what became of the fix: {@code auto} (applied without a person), {@code review}
 *     (applied, waiting for a person's approval), {@code proposed} (not applied; a proposal waits),
 *     {@code failed} (applied, but the step still failed) or {@code none} (no fix)
 * @param source the pipeline step that found the fix ({@code similarity}, {@code knowledge_base},
 *     {@code fallback_locator}), or null
 * @param proposalId the stored heal proposal, or null
 * @param beforeScreenshot the step in the last good run, relative to the Argus home when under it; null when none
 * @param afterScreenshot the chosen element outlined on the changed page, likewise; null when none
 * @param note what happened to the spec file or the evidence (e.g. "spec not updated: read-only"), or null
 *
 * <p>Immutable.
 */
public record StepHealRecord(
    String oldLocator, String newLocator, Double score, String decision, String source, Long proposalId,
    String beforeScreenshot, String afterScreenshot, String note) {

  /** One line for logs, reports and the run screen: {@code heal: id=pw -> testid=pw (0.91, applied, pending review #4)}. */
  public String summary() {
    return summary(oldLocator, newLocator, score, decision, proposalId, note);
  }

  /**
   * The same line for a heal not stored yet, so a live run and its history read alike.
   *
   * @param disposition {@code auto}, {@code review}, {@code proposed}, {@code failed} or {@code none}
   */
  public static String summary(String oldLocator, String newLocator, Double score, String disposition, Long proposalId,
      String note) {
    String number = proposalId == null ? "" : " #" + proposalId;
    String how = switch (disposition == null ? "none" : disposition) {
      case "auto" -> "applied";
      case "review" -> "applied, pending review" + number;
      case "proposed" -> "proposed" + number;
      case "failed" -> "applied, step still failed";
      default -> "not applied";
    };
    String measured = score == null ? "" : String.format(java.util.Locale.ROOT, "%.2f, ", score);
    return "heal: " + oldLocator + " -> " + (newLocator == null ? "no fix" : newLocator) + " (" + measured + how + ")"
        + (note == null ? "" : "; " + note);
  }
}
