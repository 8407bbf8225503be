package com.argus.engine.spec.format;

import com.argus.engine.spec.TestSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Brings files written in older schema versions up to {@link TestSpec#CURRENT_SCHEMA}, on the
 * parsed tree, before binding. Each version step is one method; files are never rewritten on disk
 * unless the user saves.
 */
final class SpecMigrations {
  private SpecMigrations() {}

  /** The schema version a tree declares; 1 for files from before the field existed. */
  static int versionOf(JsonNode root) {
    JsonNode v = root.get("schemaVersion");
    return v == null || !v.canConvertToInt() ? 1 : v.asInt();
  }

  static void migrate(ObjectNode root) {
    int version = versionOf(root);
    if (version < 2) {
      fromV1(root);
    }
    root.put("schemaVersion", TestSpec.CURRENT_SCHEMA);
  }

  /**
   * Version 1 named the base URL {@code url}, kept a step's locators as a flat list of
   * {@code "strategy=value"} strings under {@code locators}, and spelled disabled steps as {@code
   * disabled: true}.
   */
  private static void fromV1(ObjectNode root) {
    JsonNode url = root.remove("url");
    if (url != null && !root.has("baseUrl")) {
      root.set("baseUrl", url);
    }
    JsonNode steps = root.get("steps");
    if (!(steps instanceof ArrayNode array)) {
      return;
    }
    for (JsonNode node : array) {
      if (!(node instanceof ObjectNode step)) {
        continue;
      }
      JsonNode locators = step.remove("locators");
      if (locators instanceof ArrayNode list && !step.has("target")) {
        ArrayNode candidates = JsonNodeFactory.instance.arrayNode();
        for (JsonNode l : list) {
          String text = l.asText();
          int eq = text.indexOf('=');
          ObjectNode candidate = candidates.addObject();
          candidate.put("strategy", eq > 0 ? text.substring(0, eq) : "css");
          candidate.put("value", eq > 0 ? text.substring(eq + 1) : text);
        }
        step.putObject("target").set("candidates", candidates);
      }
      JsonNode disabled = step.remove("disabled");
      if (disabled != null && disabled.asBoolean()) {
        ObjectNode options = step.has("options") ? (ObjectNode) step.get("options") : step.putObject("options");
        options.put("enabled", false);
      }
    }
  }
}
