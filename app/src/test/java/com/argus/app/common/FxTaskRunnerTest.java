package com.argus.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The app's runner on a real toolkit: work runs off the FX thread, results come back on it. */
class FxTaskRunnerTest {
  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void runsWorkOffTheFxThreadAndDeliversTheResultOnIt() throws Exception {
    CompletableFuture<String> result = new CompletableFuture<>();
    Platform.runLater(() -> new FxTaskRunner().run("work", p -> {
      p.update(0.5, "half");
      return (Platform.isFxApplicationThread() ? "fx" : "worker") + (p.isCancelled() ? "-cancelled" : "");
    }, r -> result.complete(r + (Platform.isFxApplicationThread() ? "->fx" : "->worker")), result::completeExceptionally));
    assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("worker->fx");
  }

  @Test
  void cancelStopsWorkThatChecksForIt() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<Boolean> sawCancel = new CompletableFuture<>();
    FxTaskRunner runner = new FxTaskRunner();
    Platform.runLater(() -> runner.run("long work", p -> {
      started.countDown();
      while (!p.isCancelled()) {
        Thread.onSpinWait();
      }
      sawCancel.complete(true);
      return null;
    }, r -> { }, e -> { }));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    Platform.runLater(runner::cancelAll);
    assertThat(sawCancel.get(10, TimeUnit.SECONDS)).isTrue();
  }
}
