package com.argus.engine.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Generates malformed and hostile recordings from real ones: fields dropped or renamed, values of
 * the wrong type, empty and huge lists, odd strings and broken URLs, a few at a time, at random
 * places in the tree. Deterministic for a given {@link Random}, so a seed reproduces a case.
 */
final class HostileRecordings {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] ODD_STRINGS = {
    "", " ", "\t", "0", "-1", "1e309", "99999999999999999999", "x", "axb", "1280x", "x800", "index=abc", "index=-1",
    "index=99999999999", "handle=", "${", "${}", "${password}", "${KEY_ENTER}", "}", "%zz", "/a b", "%", "http://",
    "https://[::1", "http://h:99999/", "javascript:alert(1)", "file:///etc/passwd", "//evil.example/", "aria/", "aria/[role=\"button\"]",
    "xpath/", "pierce/", "text/", "id=", "css=", "name=\"", "label=", "relative=parent", "\u0000", "\u001b]0;x\u0007",
    "\u001b[2J", "\ud83d\ude00", "\u202e", "line\nbreak", "'\"`", "\\", "../../../../etc/hostname", "a".repeat(5000)};
  private static final String[] FIELD_NAMES = {
    "type", "url", "key", "selectors", "value", "title", "steps", "target", "frame", "count", "operator", "visible",
    "width", "height", "expression", "button", "tests", "commands", "command", "targets", "name", "opensWindow",
    "windowHandleName"};

  private HostileRecordings() {}

  /** The recordings the importer tests start from, as JSON trees. */
  static List<JsonNode> seeds(Path dir, String suffix) {
    try (var files = Files.list(dir)) {
      List<JsonNode> out = new ArrayList<>();
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
        try {
          out.add(MAPPER.readTree(Files.readString(p)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException malformedOnPurpose) {
          // the malformed fixture tests the JSON reader, not the importers
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy of the seed with one to five mutations. */
  static String mutate(JsonNode seed, Random random) {
    JsonNode root = seed.deepCopy();
    int mutations = 1 + random.nextInt(5);
    for (int i = 0; i < mutations; i++) {
      root = mutateSomewhere(root, random);
    }
    return root.toString();
  }

  private static JsonNode mutateSomewhere(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty() || random.nextInt(50) == 0) {
      return oddValue(random);
    }
    JsonNode container = containers.get(random.nextInt(containers.size()));
    if (container instanceof ObjectNode object && !object.isEmpty()) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String field = names.get(random.nextInt(names.size()));
      switch (random.nextInt(5)) {
        case 0 -> object.remove(field);
        case 1 -> object.set(FIELD_NAMES[random.nextInt(FIELD_NAMES.length)], object.remove(field));
        case 2 -> object.set(FIELD_NAMES[random.nextInt(FIELD_NAMES.length)], oddValue(random));
        default -> object.set(field, oddValue(random));
      }
    } else if (container instanceof ArrayNode array && !array.isEmpty()) {
      int index = random.nextInt(array.size());
      switch (random.nextInt(6)) {
        case 0 -> array.remove(index);
        case 1 -> array.set(index, oddValue(random));
        case 2 -> array.removeAll();
        case 3 -> {
          // huge lists now and then: the same element many times over
          int copies = random.nextInt(20) == 0 ? 2_000 : 1 + random.nextInt(5);
          JsonNode element = array.get(index);
          for (int c = 0; c < copies; c++) {
            array.add(element.deepCopy());
          }
        }
        case 4 -> array.insert(index, NODES.arrayNode());
        default -> array.set(index, array.get(random.nextInt(array.size())).deepCopy());
      }
    }
    return root;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
        collect(it.next(), out);
      }
    }
  }

  private static JsonNode oddValue(Random random) {
    return switch (random.nextInt(9)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.booleanNode(random.nextBoolean());
      case 2 -> NODES.numberNode(switch (random.nextInt(4)) {
        case 0 -> -1L;
        case 1 -> Long.MAX_VALUE;
        case 2 -> (long) Integer.MAX_VALUE;
        default -> (long) random.nextInt(3);
      });
      case 3 -> NODES.numberNode(random.nextBoolean() ? 1.5 : -0.0);
      case 4 -> NODES.arrayNode();
      case 5 -> NODES.arrayNode().add(NODES.arrayNode());
      case 6 -> NODES.objectNode();
      default -> NODES.textNode(ODD_STRINGS[random.nextInt(ODD_STRINGS.length)]);
    };
  }
}
