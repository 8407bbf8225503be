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
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

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

  /**
   * {@code step} with every occurrence of each secret masked; the same instance when none occurs.
   * Where the spec reads a value (the step's value, an assertion's expected text) the secret's
   * variable takes its place, so the step still replays; elsewhere (what the page looked like) the
   * mask.
   *
   * @param secrets secret values seen in clear, to the names of their variables
   */
  static Step scrub(Step step, Map<String, String> secrets) {
    if (secrets.isEmpty()) {
      return step;
    }
    ObjectNode tree = SpecFormat.json().valueToTree(step);
    boolean changed = reference(tree, "value", secrets);
    if (tree.get("assertion") instanceof ObjectNode assertion) {
      changed |= reference(assertion, "expected", secrets);
    }
    changed |= scrubNode(tree, secrets.keySet());
    if (!changed) {
      return step;
    }
    try {
      return SpecFormat.json().treeToValue(tree, Step.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a step did not survive masking: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Every word of every text in {@code step} (white space apart), and each also without the
   * punctuation around it ("is X." shows X), as candidates for a secret shown on the page.
   */
  static Set<String> words(Step step) {
    Set<String> out = new LinkedHashSet<>();
    collectWords(SpecFormat.json().valueToTree(step), out);
    return out;
  }

  private static void collectWords(JsonNode node, Set<String> out) {
    if (node.isTextual()) {
      for (String w : node.asText().split("\\s+")) {
        if (w.length() >= ValueDigest.MIN_LENGTH) {
          out.add(w);
          String trimmed = w.replaceAll("^[\"'(\\[]+|[\"'),.;:!?\\]]+$", "");
          if (trimmed.length() >= ValueDigest.MIN_LENGTH) {
            out.add(trimmed);
          }
        }
      }
      return;
    }
    for (JsonNode child : node) {
      collectWords(child, out);
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

  private static boolean reference(ObjectNode node, String field, Map<String, String> secrets) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      return false;
    }
    String text = v.asText();
    for (Map.Entry<String, String> s : secrets.entrySet()) {
      text = text.replace(s.getKey(), "${" + s.getValue() + "}");
    }
    if (text.equals(v.asText())) {
      return false;
    }
    node.put(field, text);
    return true;
  }

  private static String mask(String text, Collection<String> secrets) {
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, MASK);
    }
    return out.equals(text) ? null : out;
  }
}
