package com.argus.engine.locate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One output line of {@code argus locate}: the ranking and decision for one input, or the error
 * that kept it from being scored. Field names are the documented output schema (docs/healing.md).
 *
 * <p>Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"line", "case", "decision", "ranked", "scores", "best", "runner_up", "margin", "candidates", "reason", "breakdown", "runner_up_breakdown", "error"})
public record LocateResult(
    int line,
    @JsonProperty("case") String caseId,
    Decision decision,
    List<Integer> ranked,
    List<Double> scores,
    Integer best,
    @JsonProperty("runner_up") Integer runnerUp,
    Double margin,
    Integer candidates,
    String reason,
    List<PropertyScore> breakdown,
    @JsonProperty("runner_up_breakdown") List<PropertyScore> runnerUpBreakdown,
    String error) {

  static LocateResult of(int line, String caseId, Relocation r, boolean explain) {
    List<Integer> ranked = r.ranked().stream().map(RankedCandidate::index).toList();
    List<Double> scores = r.ranked().stream().map(RankedCandidate::score).toList();
    return new LocateResult(
        line, caseId, r.decision(), ranked, scores,
        r.best().map(RankedCandidate::index).orElse(null),
        r.runnerUp().map(RankedCandidate::index).orElse(null),
        r.best().isPresent() ? Math.round(r.margin() * 10000) / 10000.0 : null,
        r.candidateCount(), r.reason(),
        explain ? r.best().map(c -> c.breakdown().properties()).orElse(null) : null,
        explain ? r.runnerUp().map(c -> c.breakdown().properties()).orElse(null) : null,
        null);
  }

  static LocateResult failed(int line, String caseId, String error) {
    return new LocateResult(line, caseId, null, null, null, null, null, null, null, null, null, null, error);
  }
}
