package com.argus.engine.replay.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.browser.BrowserDiscovery;
import com.argus.engine.browser.BrowserLaunch;
import com.argus.engine.browser.PlaywrightPool;
import com.argus.engine.replay.Backend;
import com.argus.engine.replay.RunListener;
import com.argus.engine.replay.SuiteResult;
import com.argus.engine.replay.TraceMode;
import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.replay.support.Runs;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports CI servers and people read, from a real run with a failure, a pass and a secret. */
class ReportsIT {
  @TempDir
  static Path dir;
  static SuiteResult suite;
  static RecordingRunRepository repo = new RecordingRunRepository();

  @BeforeAll
  static void runSuite() {
    suite = Runs.run(Runs.options(dir.resolve("artifacts"), Backend.PLAYWRIGHT, null).screenshots(true)
            .trace(TraceMode.ON_FAILURE).build(), repo, RunListener.NONE,
        Runs.spec("broken.spec.yaml"), Runs.spec("short.spec.yaml"), Runs.spec("plain-fail.spec.yaml"));
  }

  @Test
  void writesJUnitXmlValidAgainstTheAntSchema() throws Exception {
    Path xml = dir.resolve("junit.xml");
    new JUnitXmlReport().write(suite, xml);

    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getResource("/junit/junit-ant.xsd"))
        .newValidator().validate(new StreamSource(xml.toFile()));
    String text = Files.readString(xml);
    assertThat(text).contains("<failure message=\"Step 4 (click data-testid=add-to-cart-gone) failed");
    assertThat(text).contains("tests=\"3\"").contains("failures=\"2\"");
    assertThat(text).doesNotContain(Runs.PASSWORD);
  }

  @Test
  void writesASelfContainedHtmlReportAndResultsJson() throws Exception {
    Path report = dir.resolve("report");
    new HtmlReport().write(suite, report);

    String html = Files.readString(report.resolve("index.html"));
    assertThat(html).contains("Broken on purpose").contains("matched 3 elements").contains("locator used:")
        .contains("assets/run-").contains("DOM snapshot").contains("trace.zip");
    assertThat(html).doesNotContainPattern("(src|href)=\"https?:").doesNotContain("url(http").doesNotContain("<script src");
    String json = Files.readString(report.resolve("results.json"));
    assertThat(json).contains("\"locatorUsed\" : \"role=button[name=\\\"Sign in\\\"]\"").contains("\"matchCount\"")
        .contains("\"screenshot\" : \"assets/run-");
    try (Stream<Path> files = Files.walk(report)) {
      assertThat(files.filter(p -> p.toString().endsWith(".png")).count()).isGreaterThan(5);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".png") && !p.toString().endsWith(".zip"))
          .forEach(p -> assertThat(read(p)).as(p.toString()).doesNotContain(Runs.PASSWORD));
    }
    assertThat(repo.allRuns()).allSatisfy(r -> assertThat(String.valueOf(r.error())).doesNotContain(Runs.PASSWORD));
    // A trace keeps typed values in clear: the failed test that typed the password has none, the
    // failed test without secrets has its trace.
    assertThat(suite.tests()).filteredOn(t -> t.name().equals("Broken on purpose")).singleElement()
        .satisfies(t -> assertThat(t.trace()).isNull());
    assertThat(suite.tests()).filteredOn(t -> t.name().equals("Fails without secrets")).singleElement()
        .satisfies(t -> assertThat(t.trace()).isRegularFile());

    // A person reads it in Chromium: render it and keep the picture for a look.
    Path browser = new BrowserDiscovery().find(Optional.empty());
    try (PlaywrightPool.Lease lease = PlaywrightPool.shared().lease(BrowserLaunch.headless(browser, true));
        BrowserContext context = lease.browser().newContext()) {
      Page page = context.newPage();
      page.navigate(report.resolve("index.html").toUri().toString());
      assertThat(page.locator("img.shot").first().evaluate("img => img.naturalWidth")).isNotEqualTo(0);
      Path shot = Path.of("target/report-screenshot.png");
      page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(false));
      assertThat(shot).isRegularFile();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      return "";
    }
  }
}
