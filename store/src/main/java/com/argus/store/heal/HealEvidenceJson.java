package com.argus.store.heal;

import com.argus.engine.heal.HealEvidence;
import com.argus.engine.locate.RankedCandidate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link HealEvidence} as stored in {@code heal_proposals.evidence}: a JSON object whose field names
 * are those proposals have always been stored with ({@code page}, {@code source}, {@code decision},
 * {@code reason}, {@code candidates} (the count), {@code best}, {@code runnerUp}, {@code chosenIndex},
 * {@code outline}, {@code screenshots}, {@code thresholds}, {@code trace}, {@code sharedFrom}), so rows
 * written before the evidence was typed read as they are. Nothing outside the store parses it.
 */
final class HealEvidenceJson {
  private static final Logger LOG = LoggerFactory.getLogger(HealEvidenceJson.class);
  private static final JsonMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private HealEvidenceJson() {}

  /** The evidence as stored; null for {@link HealEvidence#NONE}, so a proposal without evidence stores none. */
  static String write(HealEvidence e) {
    if (e == null || e.equals(HealEvidence.NONE)) {
      return null;
    }
    ObjectNode o = JSON.createObjectNode();
    putText(o, "page", e.page());
    putText(o, "source", e.source());
    putText(o, "decision", e.decision());
    putText(o, "reason", e.reason());
    if (e.candidateCount() != null) {
      o.put("candidates", e.candidateCount());
    }
    if (e.best() != null) {
      o.set("best", JSON.valueToTree(e.best()));
    }
    if (e.runnerUp() != null) {
      o.set("runnerUp", JSON.valueToTree(e.runnerUp()));
    }
    if (e.chosenIndex() != null) {
      o.put("chosenIndex", e.chosenIndex());
    }
    if (e.outline() != null) {
      ObjectNode box = o.putObject("outline");
      box.put("x", e.outline().x());
      box.put("y", e.outline().y());
      box.put("width", e.outline().width());
      box.put("height", e.outline().height());
    }
    ObjectNode shots = o.putObject("screenshots");
    putText(shots, "before", e.screenshots().before());
    putText(shots, "after", e.screenshots().after());
    putText(shots, "candidates", e.screenshots().candidates());
    if (e.thresholds() != null) {
      ObjectNode t = o.putObject("thresholds");
      t.put("autoApply", e.thresholds().autoApply());
      t.put("minMargin", e.thresholds().minMargin());
      t.put("minPlausible", e.thresholds().minPlausible());
      t.put("knowledgeApply", e.thresholds().knowledgeApply());
      t.put("knowledgeVerify", e.thresholds().knowledgeVerify());
    }
    o.putArray("trace").addAll(e.trace().stream().map(JSON.getNodeFactory()::textNode).toList());
    if (e.sharedFrom() != null) {
      o.put("sharedFrom", e.sharedFrom());
    }
    return o.toString();
  }

  /**
   * The stored evidence. Evidence is shown, not acted on alone: a row whose evidence cannot be read
   * (hand-edited, or from a version that stored something else) reads as {@link HealEvidence#NONE}
   * so the proposal can still be decided.
   *
   * @param proposalId for the log line naming the unreadable row
   */
  static HealEvidence read(String json, long proposalId) {
    if (json == null || json.isBlank()) {
      return HealEvidence.NONE;
    }
    try {
      JsonNode o = JSON.readTree(json);
      if (!o.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      HealEvidence.Builder b = HealEvidence.builder().page(text(o, "page")).source(text(o, "source"))
          .decision(text(o, "decision")).reason(text(o, "reason")).candidateCount(integer(o, "candidates"))
          .best(candidate(o, "best")).runnerUp(candidate(o, "runnerUp")).chosenIndex(integer(o, "chosenIndex"));
      JsonNode box = o.get("outline");
      if (box != null && box.isObject()) {
        b.outline(new HealEvidence.Box(box.path("x").asDouble(), box.path("y").asDouble(), box.path("width").asDouble(),
            box.path("height").asDouble()));
      }
      JsonNode shots = o.path("screenshots");
      b.screenshots(new HealEvidence.ScreenshotNotes(text(shots, "before"), text(shots, "after"), text(shots, "candidates")));
      JsonNode t = o.get("thresholds");
      if (t != null && t.isObject()) {
        b.thresholds(new HealEvidence.Thresholds(t.path("autoApply").asDouble(), t.path("minMargin").asDouble(),
            t.path("minPlausible").asDouble(), t.path("knowledgeApply").asDouble(), t.path("knowledgeVerify").asDouble()));
      }
      List<String> trace = new ArrayList<>();
      o.path("trace").forEach(line -> trace.add(line.asText()));
      b.trace(trace);
      JsonNode shared = o.get("sharedFrom");
      if (shared != null && shared.canConvertToLong()) {
        b.sharedFrom(shared.asLong());
      }
      return b.build();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      LOG.warn("The evidence of heal proposal {} cannot be read; showing it without: {}", proposalId, e.getMessage());
      return HealEvidence.NONE;
    }
  }

  private static RankedCandidate candidate(JsonNode o, String field) throws JsonProcessingException {
    JsonNode n = o.get(field);
    return n == null || !n.isObject() ? null : JSON.treeToValue(n, RankedCandidate.class);
  }

  private static void putText(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  private static String text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() || !n.isValueNode() ? null : n.asText();
  }

  private static Integer integer(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || !n.canConvertToInt() ? null : n.asInt();
  }
}
