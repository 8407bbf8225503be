package com.argus.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.replay.support.Runs;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepStatus;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every action and assertion of the spec format, on both backends, desktop and mobile. */
class ReplayActionsIT {
  @TempDir
  Path artifacts;

  static Stream<Arguments> backendsAndDevices() {
    return Stream.of(
        Arguments.of(Backend.PLAYWRIGHT, "desktop"),
        Arguments.of(Backend.PLAYWRIGHT, "mobile"),
        Arguments.of(Backend.SELENIUM, "desktop"),
        Arguments.of(Backend.SELENIUM, "mobile-android"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("backendsAndDevices")
  void runsEveryActionAndAssertionGreen(Backend backend, String device) {
    RecordingRunRepository repo = new RecordingRunRepository();
    SuiteResult suite = Runs.run(Runs.options(artifacts, backend, device).build(), repo, RunListener.NONE,
        Runs.spec("tour.spec.yaml"));

    TestResult test = suite.tests().get(0);
    assertThat(test.steps()).filteredOn(s -> s.status() == StepStatus.FAILED)
        .extracting(StepResult::error).isEmpty();
    assertThat(test.status()).isEqualTo(RunStatus.PASSED);
    assertThat(test.steps()).filteredOn(s -> s.stepId().equals("gap")).extracting(StepResult::status)
        .containsExactly(StepStatus.WARNING);
    assertThat(repo.allRuns()).extracting(r -> r.status()).containsExactly(RunStatus.PASSED);
    assertThat(repo.stepResults(test.runId())).hasSize(test.steps().size());
    assertThat(repo.baselines()).containsKey(test.specKey() + "#submit");
    assertThat(repo.baselines().get(test.specKey() + "#user").testid()).isEqualTo("login-username");
    assertThat(repo.baselines().get(test.specKey() + "#pass").value()).isNull();
  }
}
