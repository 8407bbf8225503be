package com.argus.engine.spec.format;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.TestSpec;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads and writes spec files: YAML, one test per file, in a stable order that diffs well.
 * Problems come back as {@link SpecFormatException} with {@code file:line:column} for each.
 *
 * <p>Thread-safe: holds only immutable, shared Jackson mappers.
 */
public final class SpecFormat {
  /**
   * The largest spec file read or written, in bytes. Checked before a file is read, so a huge or
   * endless file costs neither time nor memory; a spec of {@link #MAX_STEPS} ordinary steps fits.
   */
  public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

  /** The most steps a spec may have; the reader refuses more and the writer never writes more. */
  public static final int MAX_STEPS = 5_000;

  private static final LoaderOptions LOADER_OPTIONS = loaderOptions();

  private static final YAMLMapper YAML = YAMLMapper.builder(
          YAMLFactory.builder()
              .loaderOptions(LOADER_OPTIONS)
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .build())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .build();

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private SpecFormat() {}

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    // Text the size check let through must parse: a UTF-8 byte is at most one code point.
    options.setCodePointLimit((int) MAX_FILE_BYTES + 1);
    return options;
  }

  /**
   * Reads a spec file; older schema versions are migrated in memory. Only a regular file (after
   * following links) of at most {@link #MAX_FILE_BYTES} is read, so a FIFO, a device or a huge file
   * is refused before any of it is read.
   */
  public static TestSpec read(Path file) {
    return parse(SpecFiles.readText(file, MAX_FILE_BYTES), file.toString());
  }

  /** Parses spec text; {@code fileLabel} names it in messages. */
  public static TestSpec parse(String text, String fileLabel) {
    if (text.length() > MAX_FILE_BYTES) {
      throw new SpecFormatException(List.of(new SpecProblem(fileLabel, 0, 0, "larger than "
          + MAX_FILE_BYTES / (1024 * 1024) + " MB, the most a spec file may be; split it into several specs")));
    }
    LocatedTree.refuseAnchorsAndDocuments(text, LOADER_OPTIONS, fileLabel);
    LocatedTree tree;
    try (JsonParser parser = YAML.getFactory().createParser(text)) {
      tree = LocatedTree.parse(parser, fileLabel);
    } catch (JsonProcessingException e) {
      throw single(fileLabel, e.getLocation(), "not valid YAML: " + cleanYamlMessage(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ArgusException(fileLabel + ": cannot be read (" + e.getMessage() + ")", e);
    }
    if (!(tree.root() instanceof ObjectNode root)) {
      throw single(fileLabel, tree.locate(""),
          "a spec file is a YAML mapping with at least `name:` and `steps:`; this file has "
              + (tree.root().isNull() ? "nothing in it" : "a " + tree.root().getNodeType().name().toLowerCase()));
    }
    int version = SpecMigrations.versionOf(root);
    if (version > TestSpec.CURRENT_SCHEMA) {
      throw single(fileLabel, tree.locate("/schemaVersion"), "schemaVersion " + version
          + " is newer than this Argus understands (" + TestSpec.CURRENT_SCHEMA + "); update Argus to read it");
    }
    SpecMigrations.migrate(root);
    TestSpec spec;
    try {
      spec = YAML.treeToValue(root, TestSpec.class);
    } catch (JsonMappingException e) {
      throw bindingProblem(fileLabel, tree, e);
    } catch (JsonProcessingException e) {
      throw single(fileLabel, e.getLocation(), e.getOriginalMessage());
    }
    List<SpecProblem> problems = new ArrayList<>();
    for (SpecValidator.Violation v : SpecValidator.validate(spec)) {
      problems.add(located(fileLabel, tree.locate(v.pointer()), v.message()));
    }
    if (!problems.isEmpty()) {
      throw new SpecFormatException(problems);
    }
    return spec;
  }

  /**
   * The canonical text of a spec; reading it back gives an equal spec.
   *
   * @throws ArgusException when the reader would refuse the text: more than {@link #MAX_STEPS}
   *     steps, or more than {@link #MAX_FILE_BYTES}
   */
  public static String write(TestSpec spec) {
    if (spec.steps().size() > MAX_STEPS) {
      throw new ArgusException("the spec '" + spec.name() + "' has " + spec.steps().size() + " steps; a spec may have at most "
          + MAX_STEPS + ". Split it into several specs.");
    }
    TestSpec current = spec.schemaVersion() == TestSpec.CURRENT_SCHEMA ? spec
        : new TestSpec(TestSpec.CURRENT_SCHEMA, spec.name(), spec.description(), spec.tags(), spec.baseUrl(),
            spec.device(), spec.viewport(), spec.variables(), spec.data(), spec.steps());
    String text;
    try {
      text = YAML.writeValueAsString(current);
    } catch (JsonProcessingException e) {
      throw new ArgusException("the spec could not be written: " + e.getOriginalMessage(), e);
    }
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
      throw new ArgusException("the spec '" + spec.name() + "' would be larger than " + MAX_FILE_BYTES / (1024 * 1024)
          + " MB, the most a spec file may be; split it into several specs");
    }
    return text;
  }

  /**
   * Writes a spec file atomically: a full disk or a killed process leaves the old file, never half
   * of the new one.
   */
  public static void write(TestSpec spec, Path file) {
    SpecFiles.writeAtomically(file, write(spec));
  }

  /** The spec as a JSON tree, for schema validation and for tools. */
  public static JsonNode toJsonTree(TestSpec spec) {
    return YAML.valueToTree(spec);
  }

  /** A YAML mapper configured like the spec format, for other engine files (results, imports). */
  public static JsonMapper json() {
    return JSON;
  }

  private static SpecFormatException bindingProblem(String file, LocatedTree tree, JsonMappingException e) {
    String pointer = pointerOf(e.getPath());
    String where = describePath(e.getPath());
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(Object::toString).sorted().collect(Collectors.joining(", "));
      return single(file, tree.locateKey(pointer), "unknown property '" + u.getPropertyName() + "'"
          + (where.isEmpty() ? "" : " in " + parentOf(where)) + "; expected one of: " + known);
    }
    if (e instanceof InvalidFormatException f) {
      String expected = f.getTargetType() != null && f.getTargetType().isEnum()
          ? "one of: " + Arrays.stream(f.getTargetType().getEnumConstants()).map(SpecFormat::fileNameOf).collect(Collectors.joining(", "))
          : "a " + simpleType(f.getTargetType());
      return single(file, tree.locate(pointer), "'" + f.getValue() + "' is not valid for " + where + "; expected " + expected);
    }
    if (e instanceof ValueInstantiationException v && v.getType() != null && v.getType().isEnumType()) {
      Class<?> type = v.getType().getRawClass();
      String expected = Arrays.stream(type.getEnumConstants()).map(SpecFormat::fileNameOf).collect(Collectors.joining(", "));
      String given = v.getCause() == null ? "" : v.getCause().getMessage();
      return single(file, tree.locate(pointer), "'" + given + "' is not valid for " + where + "; expected one of: " + expected);
    }
    if (e instanceof MismatchedInputException m) {
      return single(file, tree.locate(pointer), where + " has the wrong shape; expected " + shapeOf(m.getTargetType()));
    }
    String cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getOriginalMessage();
    return single(file, tree.locate(pointer), where + ": " + cause);
  }

  /** How an enum constant is spelled in files: its {@code @JsonValue} when it has one. */
  private static String fileNameOf(Object constant) {
    try {
      return YAML.writeValueAsString(constant).trim().replace("\"", "");
    } catch (JsonProcessingException e) {
      return String.valueOf(constant);
    }
  }

  private static String shapeOf(Class<?> type) {
    if (type == null) {
      return "a different value";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list (lines starting with `- `)";
    }
    if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
      return "a mapping (`key: value` lines)";
    }
    return "a " + simpleType(type);
  }

  private static String simpleType(Class<?> type) {
    if (type == null) {
      return "value";
    }
    if (type == int.class || type == Integer.class || type == long.class) {
      return "whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == double.class || type == Double.class) {
      return "number";
    }
    return type == String.class ? "text" : type.getSimpleName();
  }

  private static String pointerOf(List<JsonMappingException.Reference> path) {
    StringBuilder p = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        p.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        p.append('/').append(r.getIndex());
      }
    }
    return p.toString();
  }

  private static String describePath(List<JsonMappingException.Reference> path) {
    StringBuilder p = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        p.append(p.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        p.append('[').append(r.getIndex() + 1).append(']');
      }
    }
    return p.length() == 0 ? "the spec" : "`" + p + "`";
  }

  private static String parentOf(String where) {
    String inner = where.replace("`", "");
    int dot = inner.lastIndexOf('.');
    return dot < 0 ? "the spec" : "`" + inner.substring(0, dot) + "`";
  }

  private static String cleanYamlMessage(String message) {
    if (message == null) {
      return "syntax error";
    }
    // SnakeYAML repeats the location and a caret drawing; the first lines say what is wrong.
    String[] lines = message.split("\n");
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      String l = line.trim();
      if (l.isEmpty() || l.startsWith("in 'reader'") || l.startsWith("^") || l.startsWith("at [Source")) {
        continue;
      }
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(l);
      if (out.length() > 200) {
        break;
      }
    }
    return out.toString();
  }

  private static SpecFormatException single(String file, JsonLocation at, String message) {
    return new SpecFormatException(List.of(located(file, at, message)));
  }

  private static SpecProblem located(String file, JsonLocation at, String message) {
    if (at == null || at.getLineNr() <= 0) {
      return new SpecProblem(file, 0, 0, message);
    }
    return new SpecProblem(file, at.getLineNr(), at.getColumnNr(), message);
  }
}
