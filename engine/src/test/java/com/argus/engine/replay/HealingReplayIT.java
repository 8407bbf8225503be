package com.argus.engine.replay;

import com.argus.engine.spec.SpecSource;
import com.argus.engine.spec.format.SpecSources;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.demo.DemoServer;
import com.argus.engine.heal.HealMode;
import com.argus.engine.heal.HealingPipeline;
import com.argus.engine.heal.HealingSettings;
import com.argus.engine.heal.InMemoryHealingStore;
import com.argus.engine.spec.store.InMemorySpecs;
import com.argus.engine.locate.SimilarityWeights;
import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.replay.support.Runs;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec written for demo v1 replayed on v2 with healing: the renamed field heals, the look-alike SSO button is never chosen. */
class HealingReplayIT {
  static DemoServer v1;
  static DemoServer v2;

  @TempDir Path artifacts;

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

  /*
   * The password field changed its id, class, name and wrapper but kept its test id, label and
   * type: the only candidate that kept the test id, so auto mode heals it and learns the fix. The
   * submit button was renamed ("Sign in" -> "Log in") next to a new SSO look-alike: a person
   * confirms a rename once, so auto mode proposes it, never the SSO button, and the step fails.
   */
  @Test
  void autoModeHealsThePasswordFieldAndProposesTheRenamedButton() {
    RecordingRunRepository repo = new RecordingRunRepository();
    SpecSource spec = loginSpec();
    assertThat(run(repo, v1, HealMode.OFF, new InMemoryHealingStore(), spec).status()).isEqualTo(RunStatus.PASSED);

    InMemoryHealingStore store = new InMemoryHealingStore();
    TestResult onV2 = run(repo, v2, HealMode.AUTO, store, spec);

    StepResult pass = step(onV2, "pass");
    assertThat(pass.status()).isEqualTo(StepStatus.HEALED);
    assertThat(pass.heal().oldLocator()).isEqualTo("id=password");
    assertThat(pass.heal().newLocator()).isEqualTo("data-testid=login-password");
    assertThat(pass.heal().decision()).isEqualTo("auto");
    assertThat(store.patterns).as("a heal that worked is learned").hasSize(1);

    StepResult submit = step(onV2, "submit");
    assertThat(submit.status()).isEqualTo(StepStatus.FAILED);
    assertThat(submit.heal().newLocator()).as("never the SSO look-alike").isEqualTo("data-testid=auth-submit");
    assertThat(submit.heal().proposalId()).as("the rename is proposed").isNotNull();
    assertThat(store.proposals).singleElement().satisfies(p -> {
      assertThat(p.stepId()).isEqualTo("submit");
      assertThat(p.evidence().runnerUp()).isNotNull();
      assertThat(p.evidence().source()).isEqualTo("similarity");
      assertThat(p.fingerprintKey()).isNotBlank();
    });
    assertThat(onV2.status()).isEqualTo(RunStatus.FAILED);
  }

  @Test
  void reviewModeGoesOnButLeavesTheTestPendingReview() {
    RecordingRunRepository repo = new RecordingRunRepository();
    SpecSource spec = loginSpec();
    run(repo, v1, HealMode.OFF, new InMemoryHealingStore(), spec);

    InMemoryHealingStore store = new InMemoryHealingStore();
    TestResult onV2 = run(repo, v2, HealMode.REVIEW, store, spec);

    StepResult pass = step(onV2, "pass");
    assertThat(pass.status()).isEqualTo(StepStatus.HEALED);
    assertThat(pass.heal().pendingReview()).isTrue();
    assertThat(store.proposals).extracting(p -> p.stepId()).contains("pass");
    assertThat(store.patterns).as("review mode learns from the person's decision, not the run").isEmpty();
    StepResult submit = step(onV2, "submit");
    assertThat(submit.heal().newLocator()).as("the look-alike SSO button is not chosen").isEqualTo("data-testid=auth-submit");
    assertThat(submit.status()).isEqualTo(StepStatus.HEALED);
    assertThat(onV2.status()).isEqualTo(RunStatus.PASSED_PENDING_REVIEW);
  }

  /*
   * A heal applied in review mode whose proposal could not be stored (a full disk; a locator that
   * holds a secret) has nothing for a person to approve: the test must still say a heal awaits
   * review, and the step must say to check it by hand, not pass as if it were settled.
   */
  @Test
  void reviewModeHealThatCouldNotBeStoredStillLeavesTheTestPendingReview() {
    RecordingRunRepository repo = new RecordingRunRepository();
    SpecSource spec = loginSpec();
    run(repo, v1, HealMode.OFF, new InMemoryHealingStore(), spec);

    InMemoryHealingStore store = new InMemoryHealingStore();
    store.addFailure = "Could not write to the database: the disk is full";
    TestResult onV2 = run(repo, v2, HealMode.REVIEW, store, spec);

    StepResult pass = step(onV2, "pass");
    assertThat(pass.status()).isEqualTo(StepStatus.HEALED);
    assertThat(pass.heal().proposalId()).isNull();
    assertThat(pass.heal().disposition()).isEqualTo("review");
    assertThat(pass.heal().note()).contains("no proposal stored", "fix the step by hand");
    assertThat(onV2.status()).isEqualTo(RunStatus.PASSED_PENDING_REVIEW);
  }

  @Test
  void offFailsAsBefore() {
    RecordingRunRepository repo = new RecordingRunRepository();
    TestResult onV2 = run(repo, v2, HealMode.OFF, new InMemoryHealingStore(), loginSpec());

    assertThat(step(onV2, "pass").status()).isEqualTo(StepStatus.FAILED);
    assertThat(step(onV2, "pass").heal()).isNull();
  }

  /** A copy: auto mode writes the heals it applies into the spec file, which must not be the test's own resource. */
  private SpecSource loginSpec() {
    try {
      Path copy = java.nio.file.Files.createTempDirectory(artifacts, "spec").resolve("heal-login.spec.yaml");
      java.nio.file.Files.copy(Path.of("src/test/resources/replay/heal-login.spec.yaml"), copy);
      return SpecSources.load(copy);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private TestResult run(RecordingRunRepository repo, DemoServer app, HealMode mode, InMemoryHealingStore store, SpecSource spec) {
    RunOptions options = Runs.options(artifacts, Backend.PLAYWRIGHT, "desktop").baseUrl(app.baseUri().toString()).heal(mode)
        .stepTimeout(java.time.Duration.ofSeconds(2)).build();
    SpecRunner runner = new SpecRunner(options, repo, Runs.SECRETS, RunListener.NONE)
        .healWith(new HealingPipeline(SimilarityWeights.defaults(), HealingSettings.DEFAULTS, store, store), store,
            new InMemorySpecs().store());
    return runner.run(List.of(spec)).tests().get(0);
  }

  private static StepResult step(TestResult t, String id) {
    return t.steps().stream().filter(s -> s.stepId().equals(id)).findFirst().orElseThrow();
  }
}
