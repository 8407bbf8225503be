package com.argus.recorder.convert;

import com.argus.engine.spec.Step;
import com.argus.engine.spec.format.SpecFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Masks secret text in a step wherever it stands: a secret typed into a plain field is also in
 * that field's fingerprint ({@code value}), and in what later steps saw of the page around it.
 * Masks as the page does ({@code •••}), so a fingerprint still compares, minus the secret.
 *
 * <p>Stateless and thread-safe.
 */
final class SecretScrubber {
  static final String MASK = "•••";

  private SecretScrubber() {}

  /** {@code step} with every occurrence of each of {@code secrets} masked; the same instance when none occurs. */
  static Step scrub(Step step, Collection<String> secrets) {
    if (secrets.isEmpty()) {
      return step;
    }
    JsonNode tree = SpecFormat.json().valueToTree(step);
    if (!scrubNode(tree, secrets)) {
      return step;
    }
    try {
      return SpecFormat.json().treeToValue(tree, Step.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a step did not survive masking: " + e.getOriginalMessage(), e);
    }
  }

  private static boolean scrubNode(JsonNode node, Collection<String> secrets) {
    boolean changed = false;
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> f = it.next();
        if (f.getValue().isTextual()) {
          String masked = mask(f.getValue().asText(), secrets);
          if (masked != null) {
            f.setValue(TextNode.valueOf(masked));
            changed = true;
          }
        } else {
          changed |= scrubNode(f.getValue(), secrets);
        }
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isTextual()) {
          String masked = mask(a.get(i).asText(), secrets);
          if (masked != null) {
            a.set(i, TextNode.valueOf(masked));
            changed = true;
          }
        } else {
          changed |= scrubNode(a.get(i), secrets);
        }
      }
    }
    return changed;
  }

  private static String mask(String text, Collection<String> secrets) {
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, MASK);
    }
    return out.equals(text) ? null : out;
  }
}
