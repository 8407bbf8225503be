package com.argus.engine.export;

import com.argus.engine.spec.SpecSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports specs as Playwright Test TypeScript: one {@code <name>.spec.ts} per spec and a
 * {@code playwright.config.ts} holding what the specs share (base URL, device) and a system
 * browser ({@code ARGUS_BROWSER}, else {@code /usr/bin/chromium} when present). Run with
 * {@code npm i -D @playwright/test@1.62.1 && npx playwright test}.
 *
 * <p>Stateless; thread-safe.
 */
public final class PlaywrightTsExporter implements SpecExporter {
  private static final Logger LOG = LoggerFactory.getLogger(PlaywrightTsExporter.class);
  private static final Template SPEC = Template.load("spec.ts.tmpl");
  private static final Template CONFIG = Template.load("playwright.config.ts.tmpl");
  private static final Template SECRET = Template.load("secret.ts.tmpl");
  private static final Template ESCAPE_REGEXP = Template.load("escape-regexp.ts.tmpl");

  @Override
  public ExportResult render(List<SpecSource> specs, ExportOptions options) {
    List<SpecPlan> plans = specs.stream().map(SpecPlan::new).toList();
    String sharedBaseUrl = shared(plans.stream().map(p -> baseUrl(p, options)).toList());
    SpecPlan.ContextSettings sharedContext = shared(plans.stream().map(p -> p.context).toList());

    List<ExportedFile> files = new ArrayList<>();
    List<ExportIssue> unsupported = new ArrayList<>();
    List<ExportIssue> notes = new ArrayList<>();
    Set<String> taken = new HashSet<>(Set.of("playwright.config.ts"));
    for (SpecPlan plan : plans) {
      String fileName = unique(plan.baseName, taken);
      TsTestWriter writer = new TsTestWriter(plan);
      String tests = writer.write();
      List<String> use = new ArrayList<>();
      if (sharedBaseUrl == null && baseUrl(plan, options) != null) {
        use.add("baseURL: process.env.ARGUS_BASE_URL || " + Literals.js(baseUrl(plan, options)) + ",");
      }
      if (sharedContext == null) {
        use.addAll(contextEntries(plan.context));
      }
      if (!plan.testIdAttribute.equals("data-testid")) {
        use.add("testIdAttribute: " + Literals.js(plan.testIdAttribute) + ",");
      }
      Map<String, String> values = new LinkedHashMap<>();
      values.put("source", Literals.comment(plan.source.file() == null
          ? plan.specName() : plan.source.file().getFileName().toString()));
      values.put("imports", writer.needsPath ? "import * as path from 'path';\n" : "");
      values.put("helpers", (writer.needsSecret ? SECRET.render(Map.of()) : "")
          + (writer.needsEscapeRegExp ? ESCAPE_REGEXP.render(Map.of()) : ""));
      values.put("use", use.isEmpty() ? "" : "\ntest.use({\n" + indent(use, 1) + "});\n");
      values.put("tests", tests);
      files.add(ExportedFile.text(fileName, SPEC.render(values)));
      plan.uploads.values().stream().filter(SpecPlan.Upload::exists)
          .filter(u -> !java.nio.file.Path.of(u.exportedPath()).isAbsolute())
          .forEach(u -> files.add(ExportedFile.copy(ExportedFile.Root.OUT, u.exportedPath(), u.source())));
      unsupported.addAll(plan.unsupported);
      notes.addAll(plan.notes);
      LOG.debug("exported {} as {} ({} unsupported steps)", plan.specName(), fileName, plan.unsupported.size());
    }
    List<String> configUse = new ArrayList<>();
    if (sharedBaseUrl != null) {
      configUse.add("baseURL: process.env.ARGUS_BASE_URL || " + Literals.js(sharedBaseUrl) + ",");
    }
    if (sharedContext != null) {
      configUse.addAll(contextEntries(sharedContext));
    }
    files.add(0, ExportedFile.text("playwright.config.ts", CONFIG.render(Map.of("use", indent(configUse, 2)))));
    return new ExportResult(files, unsupported, notes);
  }

  private static String baseUrl(SpecPlan plan, ExportOptions options) {
    return options.baseUrl() != null ? options.baseUrl() : plan.spec.baseUrl();
  }

  /** The value every element has, else null. */
  private static <T> T shared(List<T> values) {
    if (values.isEmpty() || values.stream().anyMatch(v -> !Objects.equals(v, values.get(0)))) {
      return null;
    }
    return values.get(0);
  }

  private static List<String> contextEntries(SpecPlan.ContextSettings c) {
    List<String> out = new ArrayList<>();
    out.add("viewport: { width: " + c.viewport().width() + ", height: " + c.viewport().height() + " },");
    if (c.userAgent() != null) {
      out.add("userAgent: " + Literals.js(c.userAgent()) + ",");
    }
    if (c.deviceScaleFactor() != 1) {
      out.add("deviceScaleFactor: " + number(c.deviceScaleFactor()) + ",");
    }
    if (c.mobile()) {
      out.add("isMobile: true,");
      out.add("hasTouch: true,");
    }
    return out;
  }

  static String number(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static String indent(List<String> lines, int level) {
    StringBuilder out = new StringBuilder();
    lines.forEach(l -> out.append("  ".repeat(level)).append(l).append('\n'));
    return out.toString();
  }

  private static String unique(String base, Set<String> taken) {
    String name = base + ".spec.ts";
    for (int n = 2; !taken.add(name); n++) {
      name = base + "-" + n + ".spec.ts";
    }
    return name;
  }
}
