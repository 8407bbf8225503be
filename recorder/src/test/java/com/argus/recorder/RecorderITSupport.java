package com.argus.recorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.argus.engine.replay.Backend;
import com.argus.engine.replay.RunOptions;
import com.argus.engine.replay.SpecRunner;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.replay.SuiteResult;
import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.run.RunRepository;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Waiting for recorded steps: page events reach Java a moment after the input that caused them. */
final class RecorderITSupport {
  private RecorderITSupport() {}

  static List<Step> awaitSteps(RecordingSession s, Predicate<List<Step>> done) {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < end) {
      List<Step> steps = s.steps();
      if (done.test(steps)) {
        return steps;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return fail("steps not recorded in time; have:\n" + describe(s.steps()));
  }

  static List<Step> awaitAction(RecordingSession s, Action action) {
    return awaitSteps(s, steps -> steps.stream().anyMatch(st -> st.action() == action));
  }

  static Step last(List<Step> steps, Action action) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).action() == action) {
        return steps.get(i);
      }
    }
    return fail("no " + action + " step in:\n" + describe(steps));
  }

  static String describe(List<Step> steps) {
    return steps.stream().map(st -> st.id() + " " + st.title() + (st.page() != null ? " page=" + st.page() : "")
        + (st.frames().isEmpty() ? "" : " frames=" + st.frames())
        + (st.opens() != null ? " opens=" + st.opens() : "")
        + (st.target() != null ? " candidates=" + st.target().candidates().stream().map(c -> c.describe()).collect(Collectors.toList()) : ""))
        .collect(Collectors.joining("\n"));
  }

  /**
   * Replays {@code spec} (saved as {@code file}) with the engine's runner on Playwright, as
   * {@code argus run} does, and fails with the step report unless every step passed.
   */
  static void replayGreen(Path dir, TestSpec spec, Path file, String baseUrl, Map<String, String> secrets) {
    RunRepository runs = new RecordingRunRepository();
    RunOptions options = RunOptions.builder(dir.resolve("artifacts")).backend(Backend.PLAYWRIGHT)
        .baseUrl(baseUrl).screenshots(false).stepTimeout(Duration.ofSeconds(5)).argusHome(dir).build();
    SuiteResult result = new SpecRunner(options, runs,
        name -> Optional.ofNullable(secrets.get(name)), null).run(List.of(SpecSource.of(spec, file)));
    String report = result.tests().get(0).steps().stream()
        .map(r -> r.stepId() + " " + r.title() + " " + r.status() + (r.error() == null ? "" : " " + r.error()))
        .collect(Collectors.joining("\n"));
    assertThat(result.allPassed())
        .as(describe(spec.steps()) + "\n---\n" + report + "\n" + result.tests().get(0).error()).isTrue();
  }
}
