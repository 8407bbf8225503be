package com.argus.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.replay.support.BrowserKiller;
import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.replay.support.Runs;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepStatus;
import com.argus.engine.spec.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Failures explain themselves and keep their evidence; a dead browser fails one test only. */
class FailureReportingIT {
  @TempDir
  Path artifacts;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void failsWithLocatorAndMatchCountWhenElementIsGone(Backend backend) throws Exception {
    RecordingRunRepository repo = new RecordingRunRepository();
    SuiteResult suite = Runs.run(Runs.options(artifacts, backend, null).build(), repo, RunListener.NONE,
        Runs.spec("broken.spec.yaml"));

    TestResult test = suite.tests().get(0);
    assertThat(test.status()).isEqualTo(RunStatus.FAILED);
    StepResult add = test.steps().get(3);
    assertThat(add.status()).isEqualTo(StepStatus.FAILED);
    assertThat(add.error())
        .contains("Step 4 (click data-testid=add-to-cart-gone) failed")
        .contains("1. data-testid=add-to-cart-gone → matched 0 elements")
        .contains("2. text=Add to cart → matched 3 elements")
        .contains("/products.html").contains("Products - Fixture")
        .contains("add a more specific locator");
    assertThat(add.attempts()).extracting(LocatorAttempt::matched).containsExactly(0, 3);
    assertThat(add.screenshot()).isRegularFile();
    assertThat(add.domSnapshot()).isRegularFile();
    assertThat(Files.readString(add.domSnapshot())).contains("product-card");
    assertThat(test.steps().get(4).status()).isEqualTo(StepStatus.SKIPPED);
    assertThat(repo.allArtifacts()).extracting(a -> a.kind()).contains("screenshot", "dom");
    assertThat(repo.allArtifacts()).allSatisfy(a -> assertThat(Path.of(a.path())).isRelative());
    assertThat(repo.allRuns().get(0).error()).contains("matched 3 elements");
  }

  @Test
  void reportsFallbackWhenALowerRankedLocatorMatched() {
    SuiteResult suite = Runs.run(Runs.options(artifacts, Backend.PLAYWRIGHT, null).build(), new RecordingRunRepository(),
        RunListener.NONE, Runs.spec("fallback.spec.yaml"));

    TestResult test = suite.tests().get(0);
    assertThat(test.status()).isEqualTo(RunStatus.PASSED);
    assertThat(test.steps().get(1).status()).isEqualTo(StepStatus.PASSED_WITH_FALLBACK);
    assertThat(test.steps().get(1).locatorUsed()).isEqualTo("data-qa=add-lamp");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void failsOnlyTheTestWhoseBrowserWasKilled(Backend backend) {
    AtomicBoolean killed = new AtomicBoolean();
    RunListener killer = new RunListener() {
      @Override
      public void stepStarted(TestInfo test, int index, Step step) {
        if (index == 2 && killed.compareAndSet(false, true)) {
          assertThat(BrowserKiller.killBrowsers()).isPositive();
        }
      }
    };
    SuiteResult suite = Runs.run(Runs.options(artifacts, backend, null).build(), new RecordingRunRepository(), killer,
        Runs.spec("short.spec.yaml"), Runs.spec("short.spec.yaml"));

    assertThat(suite.tests()).hasSize(2);
    assertThat(suite.tests().get(0).status()).isEqualTo(RunStatus.ERROR);
    assertThat(suite.tests().get(0).error()).contains("Step 3").contains("the suite goes on");
    assertThat(suite.tests().get(1).status()).isEqualTo(RunStatus.PASSED);
  }
}
