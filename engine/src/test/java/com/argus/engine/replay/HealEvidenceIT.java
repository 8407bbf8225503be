package com.argus.engine.replay;

import com.argus.engine.spec.SpecSource;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.demo.DemoServer;
import com.argus.engine.heal.HealEvidence;
import com.argus.engine.heal.HealMode;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealingPipeline;
import com.argus.engine.heal.HealingSettings;
import com.argus.engine.heal.InMemoryHealingStore;
import com.argus.engine.spec.store.InMemorySpecs;
import com.argus.engine.locate.SimilarityWeights;
import com.argus.engine.replay.driver.Outline;
import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.replay.support.Runs;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepStatus;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.format.SpecFormat;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heals on the demo app v1 → v2 with their evidence: outlined after screenshots and the last good
 * run's before screenshots, healed assertions, steps that are never healed, and {@code --heal auto}
 * writing confident heals into the spec.
 */
class HealEvidenceIT {
  static DemoServer v1;
  static DemoServer v2;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    v1 = DemoServer.start("v1", 0);
    v2 = DemoServer.start("v2", 0);
  }

  @AfterAll
  static void stop() {
    v1.close();
    v2.close();
  }

  @Test
  void aProposalCarriesTheLastGoodScreenshotAndTheChosenElementOutlined() throws Exception {
    RecordingRunRepository repo = new RecordingRunRepository();
    SpecSource spec = Runs.spec("heal-login.spec.yaml");
    assertThat(run(repo, v1, HealMode.OFF, new InMemoryHealingStore(), spec).status()).isEqualTo(RunStatus.PASSED);

    InMemoryHealingStore store = new InMemoryHealingStore();
    TestResult onV2 = run(repo, v2, HealMode.REVIEW, store, spec);

    HealProposal p = store.proposals.stream().filter(x -> x.stepId().equals("pass")).findFirst().orElseThrow();
    Path before = dir.resolve(p.beforeScreenshot());
    Path after = dir.resolve(p.afterScreenshot());
    assertThat(before).as("copied into this run's artifacts").startsWith(dir.resolve("run-" + onV2.runId()));
    BufferedImage beforeImage = png(before);
    BufferedImage afterImage = png(after);
    HealEvidence.Box outline = p.evidence().outline();
    int x = (int) outline.x();
    int y = (int) outline.y();
    int h = (int) outline.height();
    // The outline's left edge, half-way down the element, is magenta; the plain screenshot of the same page is not.
    int edgeX = x - 2;
    int midY = y + h / 2;
    assertThat(afterImage.getRGB(edgeX, midY) & 0xFFFFFF).isEqualTo(Outline.RGB);
    assertThat(beforeImage.getRGB(edgeX, midY) & 0xFFFFFF).isNotEqualTo(Outline.RGB);
    StepResult pass = step(onV2, "pass");
    assertThat(png(pass.screenshot()).getRGB(edgeX, midY) & 0xFFFFFF).as("the outline is gone after the screenshot")
        .isNotEqualTo(Outline.RGB);
    assertThat(pass.heal().beforeScreenshot()).isEqualTo(before);
    assertThat(pass.heal().afterScreenshot()).isEqualTo(after);

    Path candidates = dir.resolve(p.candidatesSnapshot());
    try (var in = new GZIPInputStream(Files.newInputStream(candidates))) {
      JsonNode all = SpecFormat.json().readTree(in);
      int chosen = p.evidence().chosenIndex();
      assertThat(all.get(chosen).get("testid").asText()).isEqualTo("login-password");
    }
    assertThat(Files.readString(candidates.resolveSibling("heal-pass-candidates.json.gz"), java.nio.charset.StandardCharsets.ISO_8859_1))
        .isNotEmpty();
  }

  @Test
  void seleniumOutlinesTheChosenElementToo() throws Exception {
    RecordingRunRepository repo = new RecordingRunRepository();
    SpecSource spec = Runs.spec("heal-login.spec.yaml");
    InMemoryHealingStore store = new InMemoryHealingStore();
    run(repo, v1, HealMode.OFF, store, spec, true, Backend.SELENIUM);
    run(repo, v2, HealMode.REVIEW, store, spec, true, Backend.SELENIUM);

    HealProposal p = store.proposals.stream().filter(x -> x.stepId().equals("pass")).findFirst().orElseThrow();
    HealEvidence.Box outline = p.evidence().outline();
    BufferedImage after = png(dir.resolve(p.afterScreenshot()));
    assertThat(after.getRGB((int) outline.x() - 2, (int) outline.y() + (int) outline.height() / 2) & 0xFFFFFF)
        .isEqualTo(Outline.RGB);
    assertThat(p.beforeScreenshot()).isNotNull();
  }

  @Test
  void withoutAGoodRunWithAScreenshotThereIsNoBeforeScreenshotAndTheEvidenceSaysWhy() throws Exception {
    RecordingRunRepository repo = new RecordingRunRepository();
    SpecSource spec = Runs.spec("heal-login.spec.yaml");
    run(repo, v1, HealMode.OFF, new InMemoryHealingStore(), spec, false);
    InMemoryHealingStore store = new InMemoryHealingStore();
    run(repo, v2, HealMode.REVIEW, store, spec);

    HealProposal p = store.proposals.stream().filter(x -> x.stepId().equals("pass")).findFirst().orElseThrow();
    assertThat(p.beforeScreenshot()).isNull();
    assertThat(p.afterScreenshot()).isNotNull();
    assertThat(p.evidence().screenshots().before()).contains("no passed run");
  }

  @Test
  void aFailedAssertionWhoseElementIsGoneIsHealedAndCheckedAgain() {
    RecordingRunRepository repo = new RecordingRunRepository();
    SpecSource spec = Runs.spec("heal-assert.spec.yaml");
    assertThat(run(repo, v1, HealMode.OFF, new InMemoryHealingStore(), spec).status()).isEqualTo(RunStatus.PASSED);
    assertThat(step(run(repo, v2, HealMode.OFF, new InMemoryHealingStore(), spec), "error-shown").status())
        .isEqualTo(StepStatus.FAILED);

    TestResult healed = run(repo, v2, HealMode.REVIEW, new InMemoryHealingStore(), spec);

    StepResult check = step(healed, "error-shown");
    assertThat(check.status()).as(String.valueOf(check.error())).isEqualTo(StepStatus.HEALED);
    assertThat(check.heal().oldLocator()).isEqualTo("id=login-error");
    assertThat(check.heal().newLocator()).contains("login-error");
    assertThat(check.heal().succeeded()).isTrue();
  }

  @Test
  void aHealedAssertionThatStillFailsDoesNotCount() {
    RecordingRunRepository repo = new RecordingRunRepository();
    SpecSource good = Runs.spec("heal-assert.spec.yaml");
    run(repo, v1, HealMode.OFF, new InMemoryHealingStore(), good);
    // The same spec and steps, so the same baseline, but the expected text is wrong.
    Path wrongFile = Path.of("src/test/resources/replay/heal-assert-wrong.spec.yaml");
    SpecSource wrong = new SpecSource(SpecFormat.read(wrongFile), wrongFile, good.specKey());
    InMemoryHealingStore store = new InMemoryHealingStore();

    TestResult onV2 = run(repo, v2, HealMode.REVIEW, store, wrong);

    StepResult check = step(onV2, "error-shown");
    assertThat(check.status()).isEqualTo(StepStatus.FAILED);
    assertThat(check.heal().applied()).isTrue();
    assertThat(check.heal().succeeded()).isFalse();
    assertThat(check.heal().disposition()).isEqualTo("failed");
    assertThat(check.error()).contains("still failed");
    assertThat(store.proposals).as("a heal that did not make the assertion pass is not proposed").isEmpty();
  }

  @Test
  void aStepAssertingHiddennessIsNeverHealed() {
    InMemoryHealingStore store = new InMemoryHealingStore();
    TestResult onV2 = run(new RecordingRunRepository(), v2, HealMode.AUTO, store, Runs.spec("heal-hidden.spec.yaml"));

    StepResult check = step(onV2, "error-hidden");
    assertThat(check.status()).isEqualTo(StepStatus.FAILED);
    assertThat(check.heal()).isNull();
    assertThat(store.proposals).isEmpty();
  }

  @Test
  void autoModeWritesAConfidentHealIntoTheSpecAndTheNextRunNeedsNone() throws Exception {
    Path file = Files.copy(Path.of("src/test/resources/replay/heal-auto.spec.yaml"), dir.resolve("heal-auto.spec.yaml"));
    RecordingRunRepository repo = new RecordingRunRepository();
    run(repo, v1, HealMode.OFF, new InMemoryHealingStore(), source(file));
    InMemoryHealingStore store = new InMemoryHealingStore();

    TestResult healed = run(repo, v2, HealMode.AUTO, store, source(file));

    assertThat(healed.status()).as(healed.steps().toString()).isEqualTo(RunStatus.PASSED);
    for (String id : List.of("delete", "ask-shown")) {
      StepResult healedStep = step(healed, id);
      assertThat(healedStep.status()).as(String.valueOf(healedStep.heal())).isEqualTo(StepStatus.HEALED);
      assertThat(healedStep.heal().disposition()).isEqualTo("auto");
      assertThat(healedStep.heal().note()).contains("spec updated");
      List<Locator> candidates = SpecFormat.read(file).step(id).orElseThrow().target().candidates();
      assertThat(candidates.get(0).describe()).isEqualTo(healedStep.heal().newLocator());
      assertThat(candidates).as("the old locator stays, lower").hasSize(2);
      assertThat(candidates.get(1).strategy()).isEqualTo(LocatorStrategy.CSS);
    }
    assertThat(step(healed, "delete").heal().afterScreenshot()).exists();
    assertThat(store.patterns).as("the knowledge base learned both").hasSize(2);

    TestResult next = run(repo, v2, HealMode.AUTO, new InMemoryHealingStore(), source(file));
    assertThat(next.status()).isEqualTo(RunStatus.PASSED);
    assertThat(next.steps()).allSatisfy(s -> assertThat(s.heal()).isNull());
  }

  @Test
  void autoModeLeavesAReadOnlySpecAsItIsAndSaysSo() throws Exception {
    Path file = Files.copy(Path.of("src/test/resources/replay/heal-auto.spec.yaml"), dir.resolve("heal-auto.spec.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
    RecordingRunRepository repo = new RecordingRunRepository();
    run(repo, v1, HealMode.OFF, new InMemoryHealingStore(), source(file));
    String before = Files.readString(file);
    assertThat(file.toFile().setWritable(false)).isTrue();
    try {
      TestResult healed = run(repo, v2, HealMode.AUTO, new InMemoryHealingStore(), source(file));

      StepResult check = step(healed, "delete");
      assertThat(check.status()).isEqualTo(StepStatus.HEALED);
      assertThat(check.heal().note()).contains("read-only");
      assertThat(check.heal().summary()).contains("read-only");
      assertThat(Files.readString(file)).isEqualTo(before);
    } finally {
      file.toFile().setWritable(true);
    }
  }

  private static SpecSource source(Path file) {
    return SpecSource.of(SpecFormat.read(file), file);
  }

  private static BufferedImage png(Path file) throws Exception {
    assertThat(file).isRegularFile();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
    assertThat(image).as("a valid PNG: " + file).isNotNull();
    return image;
  }

  private TestResult run(RecordingRunRepository repo, DemoServer app, HealMode mode, InMemoryHealingStore store, SpecSource spec) {
    return run(repo, app, mode, store, spec, true);
  }

  private TestResult run(RecordingRunRepository repo, DemoServer app, HealMode mode, InMemoryHealingStore store, SpecSource spec,
      boolean screenshots) {
    return run(repo, app, mode, store, spec, screenshots, Backend.PLAYWRIGHT);
  }

  private TestResult run(RecordingRunRepository repo, DemoServer app, HealMode mode, InMemoryHealingStore store, SpecSource spec,
      boolean screenshots, Backend backend) {
    RunOptions options = Runs.options(dir, backend, "desktop").baseUrl(app.baseUri().toString()).heal(mode)
        .screenshots(screenshots).stepTimeout(Duration.ofSeconds(2)).build();
    SpecRunner runner = new SpecRunner(options, repo, Runs.SECRETS, RunListener.NONE)
        .healWith(new HealingPipeline(SimilarityWeights.defaults(), HealingSettings.DEFAULTS, store, store), store,
            new InMemorySpecs().store());
    return runner.run(List.of(spec)).tests().get(0);
  }

  private static StepResult step(TestResult t, String id) {
    return t.steps().stream().filter(s -> s.stepId().equals(id)).findFirst().orElseThrow();
  }
}
