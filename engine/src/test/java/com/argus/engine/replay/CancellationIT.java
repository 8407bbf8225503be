package com.argus.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.replay.support.Runs;
import com.argus.engine.run.RunStatus;
import com.argus.engine.spec.Step;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cancelled run stops the waiting step promptly instead of letting it run to its timeout. The
 * step's timeout is a minute and the bound is a third of it: generous enough for a loaded machine,
 * and still only met when cancelling interrupts the wait rather than outlasting it.
 */
class CancellationIT {
  @TempDir
  Path artifacts;

  static Stream<Arguments> backendsAndWaits() {
    // A wait step (the poller) and a click on an element that never shows (the backend's own
    // actionability wait).
    return Stream.of(Backend.values()).flatMap(b -> Stream.of("never.spec.yaml", "hidden.spec.yaml").map(s -> Arguments.of(b, s)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("backendsAndWaits")
  void cancelStopsAWaitingStepLongBeforeItsTimeout(Backend backend, String spec) {
    RunOptions options = Runs.options(artifacts, backend, null).stepTimeout(Duration.ofSeconds(60)).build();
    SpecRunner[] runner = new SpecRunner[1];
    AtomicLong cancelledAt = new AtomicLong();
    RunListener cancelWhileWaiting = new RunListener() {
      @Override
      public void stepStarted(TestInfo test, int index, Step step) {
        if ("never".equals(step.id())) {
          CompletableFuture.runAsync(() -> {
            cancelledAt.set(System.nanoTime());
            runner[0].cancel();
          }, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
        }
      }
    };
    runner[0] = new SpecRunner(options, new RecordingRunRepository(), Runs.SECRETS, cancelWhileWaiting);

    SuiteResult suite = runner[0].run(List.of(Runs.spec(spec)));
    Duration afterCancel = Duration.ofNanos(System.nanoTime() - cancelledAt.get());

    assertThat(suite.cancelled()).isTrue();
    assertThat(suite.tests()).singleElement().extracting(TestResult::status).isEqualTo(RunStatus.CANCELLED);
    assertThat(cancelledAt.get()).isPositive();
    assertThat(afterCancel).isLessThan(Duration.ofSeconds(20));
  }
}
