package com.argus.engine.spec.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed YAML/JSON document that remembers where each node started, so problems found after
 * parsing (binding, validation) can still be reported as {@code file:line:column}.
 */
final class LocatedTree {
  private final JsonNode root;
  private final Map<String, JsonLocation> locations;

  private LocatedTree(JsonNode root, Map<String, JsonLocation> locations) {
    this.root = root;
    this.locations = locations;
  }

  static LocatedTree parse(JsonParser parser) throws IOException {
    Map<String, JsonLocation> locations = new HashMap<>();
    JsonToken first = parser.nextToken();
    if (first == null) {
      return new LocatedTree(JsonNodeFactory.instance.nullNode(), locations);
    }
    JsonNode root = readValue(parser, JsonPointer.empty(), locations);
    return new LocatedTree(root, locations);
  }

  private static JsonNode readValue(JsonParser p, JsonPointer at, Map<String, JsonLocation> locations)
      throws IOException {
    locations.put(at.toString(), p.currentTokenLocation());
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (p.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonPointer child = at.appendProperty(field);
          // The key's own position is the most useful place to point at for "unknown property".
          locations.put(child + "#key", p.currentTokenLocation());
          p.nextToken();
          object.set(field, readValue(p, child, locations));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(readValue(p, at.appendIndex(index++), locations));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return nodes.numberNode(p.getLongValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(p.getDoubleValue());
      }
      case VALUE_TRUE -> {
        return nodes.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return nodes.booleanNode(false);
      }
      default -> {
        return nodes.nullNode();
      }
    }
  }

  JsonNode root() {
    return root;
  }

  /** Where the node at {@code pointer} (or, failing that, its nearest ancestor) begins. */
  JsonLocation locate(String pointer) {
    String at = pointer;
    while (true) {
      JsonLocation found = locations.get(at);
      if (found != null) {
        return found;
      }
      if (at.isEmpty()) {
        return null;
      }
      int slash = at.lastIndexOf('/');
      at = slash <= 0 ? "" : at.substring(0, slash);
    }
  }

  JsonLocation locateKey(String pointer) {
    JsonLocation key = locations.get(pointer + "#key");
    return key != null ? key : locate(pointer);
  }
}
