package com.argus.engine.export;

import com.argus.demo.DemoServer;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.StepOptions;
import com.argus.engine.spec.format.SpecSources;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The exported TypeScript runs green under {@code npx playwright test} with
 * {@code @playwright/test@1.62.1} from npm, against the system Chromium: the fixture specs against
 * the fixture site and the demo-app specs (examples/demo) against a {@link DemoServer}, in one
 * run (two projects that reuse the two exported configs).
 * The package is installed by this test into {@code ~/.cache/argus-export-it} (never a browser
 * download); when npm cannot install it the test fails with npm's output, it does not skip.
 */
class PlaywrightTsExportIT {
  static final String PLAYWRIGHT_TEST = "@playwright/test@1.62.1";
  static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "argus-export-it", "playwright-test-1.62.1");
  static final Path WORK = Path.of("target", "export-it", "ts").toAbsolutePath();
  static FixtureSite site;
  static DemoServer demo;

  @BeforeAll
  static void startSites() throws IOException {
    site = new FixtureSite();
    demo = DemoServer.start("v1", 0);
  }

  @AfterAll
  static void stopSites() {
    site.close();
    demo.close();
  }

  /**
   * One run for both exports: a project per export directory, each using its exported config's
   * {@code use}. The demo export gets its server through the exported override (ARGUS_BASE_URL);
   * the fixture project overrides the base URL in this wrapper.
   */
  static final String WRAPPER_CONFIG = """
      import { defineConfig } from '@playwright/test';
      import fixtures from './fixtures/playwright.config';
      import demo from './demo/playwright.config';

      export default defineConfig({
        projects: [
          { name: 'fixtures', testDir: './fixtures', testMatch: fixtures.testMatch,
            use: { ...fixtures.use, baseURL: process.env.FIXTURE_BASE_URL } },
          { name: 'demo', testDir: './demo', testMatch: demo.testMatch, use: demo.use },
        ],
      });
      """;

  @Test
  void exportedTypeScriptPassesUnderPlaywrightTest() throws Exception {
    Path nodeModules = installPlaywrightTest();
    ExportFixtures.deleteTree(WORK);
    Path out = WORK.resolve("fixtures");
    ExportResult result = new PlaywrightTsExporter().export(ExportFixtures.specs(), ExportOptions.into(out));
    assertThat(result.unsupported()).isEmpty();
    assertThat(out.resolve("fixtures/hello.txt")).exists();
    ExportResult demoResult = new PlaywrightTsExporter().export(ExportFixtures.demoSpecs(),
        ExportOptions.into(WORK.resolve("demo")));
    assertThat(demoResult.unsupported()).isEmpty();
    Files.createSymbolicLink(WORK.resolve("node_modules"), nodeModules);
    Files.writeString(WORK.resolve("playwright.config.ts"), WRAPPER_CONFIG);

    site.clearEchoes();
    Run run = npx(WORK, List.of("playwright", "test", "--reporter=list,json"), Map.of(
        "PLAYWRIGHT_JSON_OUTPUT_NAME", WORK.resolve("results.json").toString(),
        "ARGUS_BASE_URL", demo.baseUri().toString(),
        "FIXTURE_BASE_URL", site.baseUrl()));
    assertThat(run.exitCode).as("npx playwright test exit code; output:\n%s", run.output).isZero();

    JsonNode stats = JsonMapper.builder().build().readTree(WORK.resolve("results.json").toFile()).get("stats");
    // fixtures: shop 1 + search 3 rows + widgets 1 + hostile 1; demo: shop 1 + search 3 rows + widgets 1
    assertThat(stats.get("expected").asInt()).as(run.output).isEqualTo(11);
    assertThat(stats.get("unexpected").asInt()).as(run.output).isZero();
    assertThat(stats.get("skipped").asInt()).as(run.output).isZero();
    assertThat(site.echoes()).as("what the exported hostile test typed and sent")
        .containsExactlyElementsOf(ExportFixtures.expectedEchoes());
  }

  @Test
  void aWrongExpectationFailsTheExportedTest() throws Exception {
    Path nodeModules = installPlaywrightTest();
    Path out = WORK.resolveSibling("ts-failing");
    ExportFixtures.deleteTree(out);
    SpecSource shop = SpecSources.load(ExportFixtures.SPECS.resolve("shop.spec.yaml"));
    SpecSource wrong = new SpecSource(shop.spec().withName("Wrong count")
        .withStep("count", s -> new Step(s.id(), s.name(), s.action(), s.target(), null, null,
            null, Assertion.of(AssertionKind.COUNT, "7"), null, null,
            null, new StepOptions(1000, null, null))), null);
    SpecSource gaps = new SpecSource(ExportUnsupportedTest.SPEC, null);
    SpecSource wrongDialog = new SpecSource(shop.spec().withName("Wrong dialog message")
        .withStep("confirm-remove", s -> new Step(s.id(), s.name(), s.action(), null, null, null,
            new DialogAnswer(true, null, "Something else?"), null, null, null, null, null)), null);
    ExportResult result = new PlaywrightTsExporter().export(List.of(wrong, gaps, wrongDialog), ExportOptions.into(out));
    assertThat(result.unsupported()).hasSize(3);
    Files.createSymbolicLink(out.resolve("node_modules"), nodeModules);
    Run run = npx(out, List.of("playwright", "test", "--reporter=line"), Map.of());
    assertThat(run.exitCode).as(run.output).isNotZero();
    // The wrong count and the wrong dialog message fail; the spec with unsupported steps is fixme (skipped).
    assertThat(run.output).contains("toHaveCount").contains("Something else?").contains("2 failed").contains("1 skipped");
  }

  /** Installs @playwright/test into the cache once; fails loudly when npm cannot. */
  static synchronized Path installPlaywrightTest() throws Exception {
    Path marker = CACHE.resolve("node_modules/@playwright/test/package.json");
    if (Files.exists(marker) && Files.readString(marker).contains("\"version\": \"1.62.1\"")) {
      return CACHE.resolve("node_modules");
    }
    Files.createDirectories(CACHE);
    Files.writeString(CACHE.resolve("package.json"), "{\"name\": \"argus-export-it\", \"private\": true}\n");
    Run run = exec(CACHE, List.of("npm", "install", "--no-audit", "--no-fund", PLAYWRIGHT_TEST), Map.of(), 300);
    if (run.exitCode != 0 || !Files.exists(marker)) {
      fail("npm could not install " + PLAYWRIGHT_TEST + " into " + CACHE
          + " (is the npm registry reachable?). Exit code " + run.exitCode + ", output:\n" + run.output);
    }
    return CACHE.resolve("node_modules");
  }

  Run npx(Path dir, List<String> args, Map<String, String> env) throws Exception {
    List<String> command = new ArrayList<>(List.of("npx", "--no-install"));
    command.addAll(args);
    Map<String, String> all = new java.util.HashMap<>();
    all.put("ARGUS_BASE_URL", site.baseUrl());
    all.put("ARGUS_SECRET_PASSWORD", ExportFixtures.SECRET_PASSWORD);
    all.put("ARGUS_BROWSER", "/usr/bin/chromium");
    all.put("CI", "1");
    all.putAll(env);
    return exec(dir, command, all, 300);
  }

  record Run(int exitCode, String output) {}

  static Run exec(Path dir, List<String> command, Map<String, String> env, int timeoutSeconds) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    Path log = Files.createTempFile("argus-export-it", ".log");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      fail(command + " did not finish in " + timeoutSeconds + " s:\n" + Files.readString(log));
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    return new Run(p.exitValue(), output);
  }
}
