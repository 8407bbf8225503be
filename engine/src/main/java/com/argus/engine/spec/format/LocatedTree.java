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
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * A parsed YAML/JSON document that remembers where each node started, so problems found after
 * parsing (binding, validation) can still be reported as {@code file:line:column}.
 *
 * <p>Reading is strict where YAML would otherwise misread a spec without a word: a key given twice
 * in one mapping, aliases and anchors, a second document and nesting deeper than any spec needs are
 * refused with the line they are on.
 */
final class LocatedTree {
  /** Far deeper than any spec (a fingerprint is the deepest part, at about eight levels). */
  static final int MAX_DEPTH = 64;

  private final JsonNode root;
  private final Map<String, JsonLocation> locations;

  private LocatedTree(JsonNode root, Map<String, JsonLocation> locations) {
    this.root = root;
    this.locations = locations;
  }

  /**
   * Reads one document.
   *
   * @throws SpecFormatException naming {@code fileLabel} and the line of a construct specs refuse
   */
  static LocatedTree parse(JsonParser parser, String fileLabel) throws IOException {
    Map<String, JsonLocation> locations = new HashMap<>();
    JsonToken first = parser.nextToken();
    if (first == null) {
      return new LocatedTree(JsonNodeFactory.instance.nullNode(), locations);
    }
    JsonNode root = readValue(parser, JsonPointer.empty(), locations, 0, fileLabel);
    return new LocatedTree(root, locations);
  }

  private static JsonNode readValue(JsonParser p, JsonPointer at, Map<String, JsonLocation> locations, int depth,
      String fileLabel) throws IOException {
    locations.put(at.toString(), p.currentTokenLocation());
    if (depth > MAX_DEPTH) {
      throw refused(fileLabel, p.currentTokenLocation(), "nested more than " + MAX_DEPTH
          + " levels deep; no spec needs that, so this is not a spec file");
    }
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (p.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonPointer child = at.appendProperty(field);
          JsonLocation key = p.currentTokenLocation();
          JsonLocation earlier = locations.get(child + "#key");
          if (object.has(field) && earlier != null) {
            // YAML would keep the last value and drop the first without a word.
            throw refused(fileLabel, key, "the key '" + field + "' appears twice in one mapping, on line "
                + earlier.getLineNr() + " and on line " + key.getLineNr() + "; keep one of them");
          }
          // The key's own position is the most useful place to point at for "unknown property".
          locations.put(child + "#key", key);
          p.nextToken();
          object.set(field, readValue(p, child, locations, depth + 1, fileLabel));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(readValue(p, at.appendIndex(index++), locations, depth + 1, fileLabel));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        // A number beyond a long is kept as it is, so the validator can say it is out of range.
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? nodes.numberNode(p.getBigIntegerValue()) : nodes.numberNode(p.getLongValue());
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

  /**
   * Refuses what the YAML events show but Jackson's tokens hide: anchors and aliases (they let one
   * part of a spec silently stand for another, and Jackson reads an alias as the anchor's name) and
   * a second document (Jackson would read the first and drop the rest). Syntax errors are left to
   * the main parse, which reports them.
   */
  static void refuseAnchorsAndDocuments(String text, LoaderOptions options, String fileLabel) {
    ParserImpl events = new ParserImpl(new StreamReader(new StringReader(text)), options);
    int documents = 0;
    try {
      while (!events.checkEvent(Event.ID.StreamEnd)) {
        Event event = events.getEvent();
        if (event instanceof AliasEvent alias) {
          throw refused(fileLabel, event.getStartMark(), "YAML aliases (`*" + alias.getAnchor()
              + "`) are not allowed in specs; write the value out where it is used");
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
          throw refused(fileLabel, event.getStartMark(), "YAML anchors (`&" + node.getAnchor()
              + "`) are not allowed in specs; write each value out where it is used");
        }
        if (event instanceof DocumentStartEvent && ++documents > 1) {
          throw refused(fileLabel, event.getStartMark(), "a second YAML document starts here (after `---`);"
              + " a spec file holds exactly one test: move it to a file of its own");
        }
      }
    } catch (YAMLException e) {
      // The main parse reports syntax errors with their location.
    }
  }

  private static SpecFormatException refused(String fileLabel, Mark at, String message) {
    return new SpecFormatException(List.of(new SpecProblem(fileLabel, at.getLine() + 1, at.getColumn() + 1, message)));
  }

  private static SpecFormatException refused(String fileLabel, JsonLocation at, String message) {
    SpecProblem problem = at == null || at.getLineNr() <= 0 ? new SpecProblem(fileLabel, 0, 0, message)
        : new SpecProblem(fileLabel, at.getLineNr(), at.getColumnNr(), message);
    return new SpecFormatException(List.of(problem));
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
