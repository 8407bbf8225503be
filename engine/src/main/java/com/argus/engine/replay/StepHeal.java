package com.argus.engine.replay;

/**
 * What healing did for one step, for the reports (results.json, JUnit XML, the HTML report).
 *
 * @param oldLocator the step's primary locator, as described
 * @param newLocator the fix, or null when none was found
 * @param score the fix's similarity to the element's fingerprint, when measured
 * @param decision {@code auto}, {@code review} or {@code none}
 * @param source which pipeline step found the fix ({@code similarity}, {@code knowledge_base},
 *     {@code fallback_locator}), or null
 * @param applied the step went on with the fix
 * @param succeeded the step succeeded with the fix (only then does a heal count)
 * @param proposalId the stored proposal waiting for a person, or null
 * @param trace one line per pipeline step that ran
 *
 * <p>Immutable.
 */
public record StepHeal(
    String oldLocator, String newLocator, Double score, String decision, String source, boolean applied, boolean succeeded,
    Long proposalId, java.util.List<String> trace) {
  public StepHeal {
    trace = trace == null ? java.util.List.of() : java.util.List.copyOf(trace);
  }

  /** Whether the test passed only thanks to this heal and a person has still to approve it. */
  public boolean pendingReview() {
    return applied && succeeded && proposalId != null;
  }

  /** One line for logs and reports: {@code id=password -> testid=... (0.93, auto)}. */
  public String summary() {
    String score = this.score == null ? "" : String.format(java.util.Locale.ROOT, "%.2f, ", this.score);
    String what = newLocator == null ? "no fix" : newLocator;
    String how = !applied ? (proposalId != null ? "proposed #" + proposalId : "not applied")
        : !succeeded ? "applied, step still failed" : proposalId != null ? "applied, pending review #" + proposalId : "applied";
    return "heal: " + oldLocator + " -> " + what + " (" + score + decision + ", " + how + ")";
  }
}
