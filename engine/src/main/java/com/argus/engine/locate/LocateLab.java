package com.argus.engine.locate;

import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.format.SpecFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The heal lab behind {@code argus locate}: reads element descriptions, relocates with the same
 * {@link Relocator} live healing uses, and writes one JSON line per input (schema in
 * docs/healing.md). A malformed batch line is reported as {@code file:line: what is wrong}, written
 * as an error line, and the batch goes on.
 *
 * <p>Not thread-safe per call (the reader and writer are the caller's); the lab itself holds only
 * immutable state and may be shared.
 */
public final class LocateLab {
  private final Relocator relocator;
  private final boolean explain;
  private final ObjectMapper in = SpecFormat.json();
  private final ObjectMapper out = JsonMapper.builder().build();

  /**
   * @param explain whether each output line also carries the best candidate's and runner-up's
   *     score breakdown per property
   */
  public LocateLab(Relocator relocator, boolean explain) {
    this.relocator = Objects.requireNonNull(relocator, "relocator");
    this.explain = explain;
  }

  /** {@code --batch}: JSON Lines of {@code {"target": {...}, "candidates": [...]}}; blank lines are skipped. */
  public LocateSummary batch(Reader input, String sourceName, Writer output) {
    List<String> errors = new ArrayList<>();
    Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
    int inputs = 0;
    try {
      BufferedReader r = input instanceof BufferedReader b ? b : new BufferedReader(input, 1 << 16);
      String text;
      int line = 0;
      while ((text = r.readLine()) != null) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        inputs++;
        LocateResult result;
        try {
          LocateCase c = parseCase(text, sourceName, line);
          result = LocateResult.of(line, c.caseId(), relocator.relocate(c.target(), c.candidates()), explain);
          decisions.merge(result.decision(), 1, Integer::sum);
        } catch (LocateInputException e) {
          errors.add(e.userMessage());
          result = LocateResult.failed(line, null, e.userMessage());
        }
        write(result, output);
      }
      output.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(sourceName + ": cannot read or write: " + e.getMessage(), e);
    }
    return new LocateSummary(inputs, decisions, errors);
  }

  /** {@code --target FILE --candidates FILE}: one JSON object, and a JSON array of objects. */
  public LocateSummary single(Reader target, String targetName, Reader candidates, String candidatesName, Writer output) {
    ElementFingerprint t = element(readTree(target, targetName), targetName + ":1: target");
    JsonNode list = readTree(candidates, candidatesName);
    if (!list.isArray()) {
      throw new LocateInputException(candidatesName + ":1: expected a JSON array of element descriptions, found " + kind(list));
    }
    List<ElementFingerprint> cs = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      cs.add(element(list.get(i), candidatesName + ":1: [" + i + "]"));
    }
    LocateResult result = LocateResult.of(1, null, relocator.relocate(t, cs), explain);
    try {
      write(result, output);
      output.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LocateSummary(1, Map.of(result.decision(), 1), List.of());
  }

  /** Reads every case of a batch without scoring it; for benchmarks that score several ways. */
  public void readCases(Reader input, String sourceName, Consumer<LocateCase> sink) {
    try {
      BufferedReader r = input instanceof BufferedReader b ? b : new BufferedReader(input, 1 << 16);
      String text;
      int line = 0;
      while ((text = r.readLine()) != null) {
        line++;
        if (!text.isBlank()) {
          sink.accept(parseCase(text, sourceName, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses one batch line; throws with {@code source:line: what is wrong}. */
  public LocateCase parseCase(String text, String sourceName, int line) {
    String where = sourceName + ":" + line;
    JsonNode node;
    try {
      node = in.readTree(text);
    } catch (JsonProcessingException e) {
      throw new LocateInputException(where + ": not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new LocateInputException(where + ": expected a JSON object {\"target\": {...}, \"candidates\": [...]}, found " + kind(node));
    }
    JsonNode target = node.get("target");
    if (target == null) {
      throw new LocateInputException(where + ": missing \"target\" (the element to find)");
    }
    JsonNode candidates = node.get("candidates");
    if (candidates == null) {
      throw new LocateInputException(where + ": missing \"candidates\" (the elements of the changed page)");
    }
    if (!candidates.isArray()) {
      throw new LocateInputException(where + ": \"candidates\" must be an array, found " + kind(candidates));
    }
    List<ElementFingerprint> cs = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      cs.add(element(candidates.get(i), where + ": candidates[" + i + "]"));
    }
    JsonNode id = node.has("case") ? node.get("case") : node.get("id");
    return new LocateCase(line, id == null || id.isNull() ? null : id.asText(), element(target, where + ": target"), cs);
  }

  private ElementFingerprint element(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw new LocateInputException(where + ": expected an element description (a JSON object), found " + kind(node));
    }
    try {
      return in.treeToValue(node, ElementFingerprint.class);
    } catch (UnrecognizedPropertyException e) {
      throw new LocateInputException(where + ": unknown property \"" + e.getPropertyName()
          + "\" (known: tag, id, name, class, type, role, aria_label, accessible_name, text, visible_text, value, label, "
          + "placeholder, title, alt, href, src, testid, xpath, idxpath, x, y, width, height, is_button, neighbor_text, record_text, "
          + "ancestors, attributes)");
    } catch (InvalidFormatException e) {
      throw new LocateInputException(where + ": property \"" + path(e) + "\" has the wrong type: " + e.getValue());
    } catch (MismatchedInputException e) {
      throw new LocateInputException(where + ": property \"" + path(e) + "\" has the wrong type (" + e.getOriginalMessage() + ")");
    } catch (JsonProcessingException e) {
      throw new LocateInputException(where + ": " + e.getOriginalMessage());
    }
  }

  private static String path(MismatchedInputException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .reduce((a, b) -> a + "." + b).orElse("?");
  }

  private JsonNode readTree(Reader reader, String name) {
    try {
      JsonNode n = in.readTree(reader);
      if (n == null || n.isMissingNode()) {
        throw new LocateInputException(name + ":1: empty file");
      }
      return n;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw new LocateInputException(name + ":" + line + ": not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String kind(JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return "nothing";
    }
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private void write(LocateResult result, Writer output) throws IOException {
    output.write(out.writeValueAsString(result));
    output.write('\n');
  }
}
