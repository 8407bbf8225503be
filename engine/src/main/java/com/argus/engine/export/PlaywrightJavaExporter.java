package com.argus.engine.export;

import com.argus.engine.spec.SpecSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports specs as JUnit 5 test classes using Playwright-java, one class per spec in the package
 * {@link ExportOptions#javaPackage()}: a system browser ({@code ARGUS_BROWSER}, else
 * {@code /usr/bin/chromium}), {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} so it never downloads,
 * web-first {@code PlaywrightAssertions.assertThat}, data rows as {@code @ParameterizedTest}.
 * Upload files are copied as classpath resources beside the class.
 *
 * <p>Stateless; thread-safe.
 */
public final class PlaywrightJavaExporter implements SpecExporter {
  private static final Logger LOG = LoggerFactory.getLogger(PlaywrightJavaExporter.class);
  private static final Template CLASS = Template.load("TestClass.java.tmpl");
  private static final Template SECRET = Template.load("secret.java.tmpl");
  private static final Template FILE = Template.load("file.java.tmpl");
  private static final Template ROW = Template.load("row.java.tmpl");
  private static final List<String> CLASS_IMPORTS = List.of(
      "com.microsoft.playwright.Browser", "com.microsoft.playwright.BrowserContext",
      "com.microsoft.playwright.BrowserType", "com.microsoft.playwright.Page",
      "com.microsoft.playwright.Playwright", "java.nio.file.Files", "java.nio.file.Path",
      "java.nio.file.Paths", "java.util.List", "java.util.Map", "org.junit.jupiter.api.AfterAll",
      "org.junit.jupiter.api.AfterEach", "org.junit.jupiter.api.BeforeAll", "org.junit.jupiter.api.BeforeEach");

  @Override
  public ExportResult render(List<SpecSource> specs, ExportOptions options) {
    String packagePath = options.javaPackage().replace('.', '/');
    List<ExportedFile> files = new ArrayList<>();
    List<ExportIssue> unsupported = new ArrayList<>();
    List<ExportIssue> notes = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (SpecSource source : specs) {
      SpecPlan plan = new SpecPlan(source);
      String className = unique(Names.camel(plan.baseName, true) + "Test", taken);
      JavaTestWriter writer = new JavaTestWriter(plan);
      String tests = writer.write();
      Set<String> imports = new TreeSet<>(CLASS_IMPORTS);
      imports.addAll(writer.imports);
      StringBuilder helpers = new StringBuilder();
      if (writer.needsSecret) {
        helpers.append(SECRET.render(Map.of()));
      }
      if (!plan.data.isEmpty()) {
        helpers.append(ROW.render(Map.of()));
      }
      if (writer.needsFile) {
        imports.add("java.net.URISyntaxException");
        imports.add("java.net.URL");
        helpers.append(FILE.render(Map.of("className", className)));
      }
      String baseUrl = options.baseUrl() != null ? options.baseUrl() : plan.spec.baseUrl();
      Map<String, String> values = new LinkedHashMap<>();
      values.put("source", Literals.comment(source.file() == null
          ? plan.specName() : source.file().getFileName().toString()));
      values.put("package", options.javaPackage());
      values.put("imports", importBlock(imports));
      values.put("className", className);
      values.put("baseUrl", baseUrl == null ? "null" : Literals.java(baseUrl));
      values.put("selectors", plan.testIdAttribute.equals("data-testid") ? ""
          : "    playwright.selectors().setTestIdAttribute(" + Literals.java(plan.testIdAttribute) + ");\n");
      values.put("contextOptions", contextOptions(plan.context));
      values.put("tests", tests);
      values.put("helpers", helpers.toString());
      files.add(ExportedFile.text(packagePath + "/" + className + ".java", CLASS.render(values)));
      plan.uploads.values().stream().filter(SpecPlan.Upload::exists)
          .filter(u -> !java.nio.file.Path.of(u.exportedPath()).isAbsolute())
          .forEach(u -> files.add(ExportedFile.copy(ExportedFile.Root.RESOURCES,
              packagePath + "/" + u.exportedPath(), u.source())));
      unsupported.addAll(plan.unsupported);
      notes.addAll(plan.notes);
      LOG.debug("exported {} as {} ({} unsupported steps)", plan.specName(), className, plan.unsupported.size());
    }
    return new ExportResult(files, unsupported, notes);
  }

  private static String contextOptions(SpecPlan.ContextSettings c) {
    List<String> calls = new ArrayList<>();
    calls.add(".setViewportSize(" + c.viewport().width() + ", " + c.viewport().height() + ")");
    if (c.userAgent() != null) {
      calls.add(".setUserAgent(" + Literals.java(c.userAgent()) + ")");
    }
    if (c.deviceScaleFactor() != 1) {
      calls.add(".setDeviceScaleFactor(" + PlaywrightTsExporter.number(c.deviceScaleFactor()) + ")");
    }
    if (c.mobile()) {
      calls.add(".setIsMobile(true)");
      calls.add(".setHasTouch(true)");
    }
    return "        " + String.join("\n        ", calls);
  }

  private static String importBlock(Set<String> imports) {
    StringBuilder out = new StringBuilder();
    imports.stream().filter(i -> i.startsWith("static ")).forEach(i -> out.append("import ").append(i).append(";\n"));
    if (out.length() > 0) {
      out.append('\n');
    }
    imports.stream().filter(i -> !i.startsWith("static ")).forEach(i -> out.append("import ").append(i).append(";\n"));
    return out.toString();
  }

  private static String unique(String base, Set<String> taken) {
    String name = base;
    for (int n = 2; !taken.add(name); n++) {
      name = base + n;
    }
    return name;
  }
}
