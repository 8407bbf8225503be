package com.argus.app.heal;

import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealReview;
import com.argus.engine.heal.ProposalStatus;
import com.argus.engine.spec.format.SpecFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The review screen's {@link HealQueue} on the engine's {@link HealReview}, the same service
 * {@code argus heals} uses, so a decision here and one on the command line are the same decision.
 * The proposal's stored evidence (docs/healing.md) becomes the screen's score breakdown, runner-up
 * and reasons.
 *
 * <p>Thread-safe when the review is; blocking, called through the TaskRunner.
 */
public final class EngineHealQueue implements HealQueue {
  private final HealReview review;
  private final Function<String, Path> screenshots;
  private final String decidedBy;

  /**
   * @param screenshots a stored screenshot path to a file (stored paths may be relative to the Argus home)
   * @param decidedBy who decides, as recorded with the decision
   */
  public EngineHealQueue(HealReview review, Function<String, Path> screenshots, String decidedBy) {
    this.review = review;
    this.screenshots = screenshots;
    this.decidedBy = decidedBy;
  }

  @Override
  public List<Proposal> pending() {
    return review.list(null, ProposalStatus.PENDING).stream().map(this::toProposal).toList();
  }

  @Override
  public void approve(long proposalId) {
    review.approve(proposalId, decidedBy);
  }

  @Override
  public void reject(long proposalId) {
    review.reject(proposalId, decidedBy);
  }

  @Override
  public int approveForAll(long proposalId) {
    return review.approveForAll(proposalId, decidedBy);
  }

  Proposal toProposal(HealProposal p) {
    JsonNode evidence = parse(p.evidence());
    Map<String, Double> scores = new LinkedHashMap<>();
    JsonNode properties = evidence.path("best").path("breakdown").path("properties");
    for (JsonNode property : properties) {
      scores.put(property.path("property").asText().toLowerCase(Locale.ROOT).replace('_', ' '),
          property.path("similarity").asDouble());
    }
    List<String> reasons = new ArrayList<>();
    text(evidence, "reason").ifPresent(reasons::add);
    text(evidence, "page").ifPresent(page -> reasons.add("Page: " + page));
    if (evidence.has("candidates")) {
      reasons.add(evidence.get("candidates").asInt() + " candidate elements scored");
    }
    JsonNode runnerUp = evidence.path("runnerUp");
    String runnerUpText = runnerUp.isMissingNode() || runnerUp.isNull() ? null : "candidate #" + runnerUp.path("index").asInt();
    return new Proposal(p.id(), p.specKey(), p.stepId(), p.failureType() == null ? "unknown" : p.failureType().fileName(),
        p.oldLocator() == null ? "?" : p.oldLocator().describe(), p.newLocator() == null ? "?" : p.newLocator().describe(),
        p.score() == null ? 0 : p.score(), scores, runnerUpText, p.runnerUpScore(), reasons, file(p.beforeScreenshot()),
        file(p.afterScreenshot()));
  }

  private String file(String stored) {
    return stored == null ? null : screenshots.apply(stored).toString();
  }

  private static java.util.Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? java.util.Optional.empty() : java.util.Optional.of(v.asText());
  }

  private static JsonNode parse(String evidence) {
    if (evidence == null || evidence.isBlank()) {
      return SpecFormat.json().createObjectNode();
    }
    try {
      return SpecFormat.json().readTree(evidence);
    } catch (JsonProcessingException e) {
      // Evidence is shown, not acted on: a proposal with unreadable evidence can still be decided.
      return SpecFormat.json().createObjectNode();
    }
  }
}
