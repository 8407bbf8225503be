package com.argus.engine.importer;

import com.argus.engine.ConfigurationException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One part of a recording (the file, a test, a step) read with checked types, for both importers:
 * a missing required field or a field of the wrong type is a {@link ConfigurationException} that
 * names the file, the test, the step's position and what to do, never a crash further on.
 *
 * <p>Immutable and thread-safe.
 */
final class RecordingFields {
  private final JsonNode node;
  private final String where;

  private RecordingFields(JsonNode node, String where) {
    this.node = node;
    this.where = where;
  }

  /** The whole recording, labelled by its file. */
  static RecordingFields of(JsonNode root, String label) {
    return new RecordingFields(root, label);
  }

  /** A part inside this one, e.g. {@code test 'login', command #3 `open`}. */
  RecordingFields part(JsonNode child, String what) {
    return new RecordingFields(child, where + ", " + what);
  }

  JsonNode node() {
    return node;
  }

  boolean has(String field) {
    JsonNode v = node.get(field);
    return v != null && !v.isNull();
  }

  /** The field as text: null when absent; numbers and booleans as written; a list or mapping is refused. */
  String text(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode()) {
      throw problem("`" + field + "` is a " + kind(v) + " but should be text");
    }
    return v.asText();
  }

  /** The field as text, which must be there and not blank. */
  String requiredText(String field, String why) {
    String v = text(field);
    if (v == null || v.isBlank()) {
      throw problem("`" + field + "` is missing or empty; " + why);
    }
    return v;
  }

  /** The field's elements: none when absent; anything but a list is refused. */
  List<JsonNode> list(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw problem("`" + field + "` is a " + kind(v) + " but should be a list");
    }
    List<JsonNode> out = new ArrayList<>(v.size());
    v.forEach(out::add);
    return out;
  }

  /** The field as a whole number in {@code [min, max]}, or {@code fallback} when absent. */
  int integer(String field, int fallback, int min, int max) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return fallback;
    }
    long n;
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      n = v.asLong();
    } else if (v.isTextual() && v.asText().trim().matches("-?\\d{1,18}")) {
      n = Long.parseLong(v.asText().trim());
    } else {
      throw problem("`" + field + "` is " + describe(v) + " but should be a whole number");
    }
    if (n < min || n > max) {
      throw problem("`" + field + "` is " + n + "; expected a whole number from " + min + " to " + max);
    }
    return (int) n;
  }

  /** A problem with this part of the recording, named by where it is. */
  ConfigurationException problem(String message) {
    return new ConfigurationException(where + ": " + message
        + ". Fix this in the recording (or record it again), then import it again.");
  }

  static String kind(JsonNode v) {
    if (v.isArray()) {
      return "list";
    }
    if (v.isObject()) {
      return "mapping";
    }
    if (v.isNumber()) {
      return "number";
    }
    if (v.isBoolean()) {
      return "true/false value";
    }
    return v.isTextual() ? "text" : v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String describe(JsonNode v) {
    if (v.isValueNode()) {
      String text = v.asText();
      return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }
    return "a " + kind(v);
  }
}
