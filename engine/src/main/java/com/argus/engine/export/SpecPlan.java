package com.argus.engine.export;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.DevicePreset;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import com.argus.engine.spec.Viewport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What both languages need to know about one spec before writing it: its data rows, identifiers
 * for its variables and pages, the test-id attribute, the browser context and the upload files.
 * The language writers only decide syntax.
 *
 * <p>Not thread-safe; one per spec per export.
 */
final class SpecPlan {
  /** The browser context a spec asks for. */
  record ContextSettings(Viewport viewport, String userAgent, double deviceScaleFactor, boolean mobile) {}

  /** An upload file: the path the code uses (relative to the exported code) and its source. */
  record Upload(String exportedPath, Path source, boolean exists) {}

  final SpecSource source;
  final TestSpec spec;
  final String baseName;
  final DataTable data;
  final Set<String> known = new HashSet<>();
  /** Variables and columns some step refers to; only these are declared. */
  final Set<String> referenced = new HashSet<>();
  final Map<String, String> variableIds = new LinkedHashMap<>();
  final Map<String, String> pageIds = new LinkedHashMap<>();
  final String testIdAttribute;
  final ContextSettings context;
  final Map<String, Upload> uploads = new LinkedHashMap<>();
  final Names names = new Names();
  final List<ExportIssue> unsupported = new ArrayList<>();
  final List<ExportIssue> notes = new ArrayList<>();

  SpecPlan(SpecSource source) {
    this.source = source;
    this.spec = source.spec();
    this.baseName = baseName(source);
    this.data = DataTable.of(spec.data(), source.folder());
    names.claim("page");
    pageIds.put(Step.MAIN_PAGE, "page");
    for (Variable v : spec.variables()) {
      known.add(v.name());
      variableIds.put(v.name(), names.allocate(v.name(), "Value"));
    }
    known.addAll(data.columns());
    for (Step s : spec.steps()) {
      for (String text : referencingTexts(s)) {
        parts(text).parts().stream().filter(ValueParts.Part::isReference)
            .forEach(p -> referenced.add(p.reference()));
      }
      if (s.opens() != null && s.isEnabled() && !pageIds.containsKey(s.opens())) {
        pageIds.put(s.opens(), names.allocate(s.opens(), "Page"));
      }
      if (s.action() == Action.UPLOAD && s.value() != null) {
        planUpload(s);
      }
    }
    this.testIdAttribute = uniformTestIdAttribute();
    DevicePreset preset = DevicePreset.find(spec.device()).orElse(DevicePreset.DESKTOP);
    this.context = new ContextSettings(spec.viewport() != null ? spec.viewport() : preset.viewport(),
        preset.userAgent(), preset.deviceScaleFactor(), preset.isMobile());
  }

  private static List<String> referencingTexts(Step s) {
    List<String> texts = new ArrayList<>();
    if (s.value() != null) {
      texts.add(s.value());
    }
    if (s.assertion() != null && s.assertion().expected() != null) {
      texts.add(s.assertion().expected());
    }
    if (s.dialog() != null) {
      if (s.dialog().promptText() != null) {
        texts.add(s.dialog().promptText());
      }
      if (s.dialog().message() != null) {
        texts.add(s.dialog().message());
      }
    }
    return texts;
  }

  String specName() {
    return spec.name() == null ? baseName : spec.name();
  }

  ValueParts parts(String value) {
    return ValueParts.parse(value, known);
  }

  boolean isColumn(String reference) {
    return data.columns().contains(reference);
  }

  void unsupported(Step step, String reason) {
    unsupported.add(new ExportIssue(specName(), step.id(), reason));
  }

  void note(Step step, String message) {
    notes.add(new ExportIssue(specName(), step == null ? null : step.id(), message));
  }

  /**
   * The test-id attribute {@code getByTestId} should read: the one every chosen test-id locator
   * uses, else {@code data-testid} (locators in other attributes become attribute selectors).
   */
  private String uniformTestIdAttribute() {
    Set<String> attributes = new LinkedHashSet<>();
    for (Step s : spec.steps()) {
      for (var target : new Target[] {s.target(), s.to()}) {
        if (target != null && !target.candidates().isEmpty()) {
          Locator first = target.candidates().get(0);
          if (first.strategy() == LocatorStrategy.TESTID) {
            attributes.add(first.testIdAttribute());
          }
        }
      }
    }
    return attributes.size() == 1 ? attributes.iterator().next() : "data-testid";
  }

  /**
   * Upload files are copied next to the exported code so the export runs anywhere: a path inside
   * the spec's folder keeps its relative path, anything else goes to {@code files/<name>}; an
   * absolute path stays absolute and is not copied.
   */
  private void planUpload(Step s) {
    ValueParts parts = parts(s.value());
    if (!parts.isLiteral() || uploads.containsKey(s.value())) {
      if (!parts.isLiteral()) {
        note(s, "the upload path uses a variable; the file is not copied, so it must exist relative to the exported test");
      }
      return;
    }
    Path given = Path.of(s.value());
    if (given.isAbsolute()) {
      uploads.put(s.value(), new Upload(s.value(), given, Files.exists(given)));
      return;
    }
    Path folder = source.folder();
    Path resolved = folder.resolve(given).normalize();
    String exported = resolved.startsWith(folder)
        ? folder.relativize(resolved).toString().replace('\\', '/')
        : "files/" + resolved.getFileName();
    boolean exists = Files.isRegularFile(resolved);
    if (!exists) {
      note(s, "upload file " + resolved + " does not exist; put it at " + exported + " beside the exported test");
    }
    uploads.put(s.value(), new Upload(exported, resolved, exists));
  }

  /** The file's name without {@code .spec.yaml}, else a slug of the spec's name. */
  static String baseName(SpecSource source) {
    Path file = source.file();
    if (file != null) {
      String n = file.getFileName().toString();
      for (String ext : List.of(".spec.yaml", ".spec.yml", ".yaml", ".yml")) {
        if (n.endsWith(ext)) {
          return Names.slug(n.substring(0, n.length() - ext.length()));
        }
      }
      return Names.slug(n);
    }
    return Names.slug(source.spec().name() == null ? "exported" : source.spec().name());
  }
}
