package com.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.common.FxTaskRunner;
import com.argus.app.common.PreferenceStore;
import com.argus.app.common.SpecRef;
import com.argus.app.common.UiExecutor;
import com.argus.app.run.ServiceRunPort;
import com.argus.app.run.StepLive;
import com.argus.app.service.RunService;
import com.argus.app.specs.BrowserLocatorProbe;
import com.argus.app.specs.CandidateRow;
import com.argus.demo.DemoServer;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepStatus;
import com.argus.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The run screen on the real replay engine: headless Chromium against the demo shop, results in a
 * real Derby workspace, the work on the app's background runner with the steps arriving live.
 */
@ExtendWith(ApplicationExtension.class)
class RunScreenIT {
  static DemoServer demo;

  @TempDir
  static Path tmp;

  ShellFixture fixture;
  FxTaskRunner tasks;

  @BeforeAll
  static void serveDemo() {
    demo = DemoServer.start("v1", 0);
  }

  @AfterAll
  static void stopDemo() {
    demo.close();
  }

  @Start
  void start(Stage stage) throws Exception {
    WorkbenchApp.applyTheme(false);
    tasks = new FxTaskRunner();
    Path home = Files.createTempDirectory(tmp, "home");
    PreferenceStore prefs = PreferenceStore.inMemory();
    Workspace[] ws = new Workspace[1];
    // The runner needs the workspace the fixture opens, so it is built lazily from it.
    Ports ports = new Ports(null, (spec, options, listener, cancelled) ->
        new ServiceRunPort(new RunService(ws[0])).run(spec, options, listener, cancelled),
        null, new BrowserLocatorProbe(tmp, () -> "/usr/bin/chromium"));
    fixture = new ShellFixture(home, ports, ShellFixture.DEMO_EXAMPLES, demo.baseUri().toString(), tasks, UiExecutor.fx());
    ws[0] = fixture.workspace;
    Scene scene = new Scene(fixture.shell, 1280, 800);
    fixture.shell.installShortcuts(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void tearDown() throws Exception {
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !fixture.shell.run.runningProperty().get());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !tasks.busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    tasks.close();
    fixture.close();
  }

  SpecRef spec(String key) {
    var entry = fixture.shell.projects.visibleSpecs().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    return new SpecRef(fixture.workspace.projects().list().get(0), entry.key(), entry.file());
  }

  @Test
  void runningASampleSpecStreamsItsStepsStoresTheRunAndOpensTheReport(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fixture.shell.projects.visibleSpecs().isEmpty());
    robot.interact(() -> fixture.shell.runSpec(spec("search.spec.yaml")));
    robot.clickOn("#run");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.shell.run.runningProperty().get());
    WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> !fixture.shell.run.runningProperty().get()
        && !fixture.shell.run.history().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(fixture.shell.run.statusProperty().get()).contains("passed");
    RunRecord last = fixture.shell.run.history().get(0);
    assertThat(last.status()).isEqualTo(RunStatus.PASSED);
    // Three data rows, three stored runs, against the demo shop the project points at.
    assertThat(fixture.workspace.runs().runsOfSpec(last.projectId(), "search.spec.yaml", 10)).hasSize(3)
        .allMatch(r -> r.status() == RunStatus.PASSED);
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fixture.shell.run.steps().isEmpty()
        && !fixture.shell.run.artifacts().isEmpty());
    assertThat(fixture.shell.run.steps()).extracting(StepLive::status).containsOnly(StepStatus.PASSED);
    assertThat(fixture.shell.run.steps()).allSatisfy(s -> assertThat(Path.of(s.screenshotPath())).exists());

    robot.clickOn("#open-report");
    assertThat(fixture.dialogs.opened).hasSize(1);
    assertThat(fixture.dialogs.opened.get(0)).hasFileName("index.html").content().contains("Argus run report");
  }

  @Test
  void cancelStopsTheRunAfterTheStepAtHandAndStoresItAsCancelled(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fixture.shell.projects.visibleSpecs().isEmpty());
    robot.interact(() -> fixture.shell.runSpec(spec("shop.spec.yaml")));
    robot.clickOn("#run");
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fixture.shell.run.steps().stream().anyMatch(s -> s.status() != null));
    robot.interact(() -> fixture.shell.run.cancel());
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !fixture.shell.run.runningProperty().get()
        && !fixture.shell.run.history().isEmpty());
    assertThat(fixture.shell.run.history().get(0).status()).isEqualTo(RunStatus.CANCELLED);
    assertThat(Platform.isFxApplicationThread()).isFalse();
  }

  @Test
  void countMatchesCountsEachCandidateOnTheLivePage(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fixture.shell.projects.visibleSpecs().isEmpty());
    robot.interact(() -> fixture.shell.openInEditor(spec("shop.spec.yaml")));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.shell.editor.steps().size() > 3);
    robot.interact(() -> fixture.shell.editor.selectedStepIdProperty().set(fixture.shell.editor.steps().get(2).id()));
    robot.clickOn("Locators").clickOn("#count-matches");
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !fixture.shell.editor.candidates().isEmpty()
        && fixture.shell.editor.candidates().stream().allMatch(c -> c.matches() != null));
    assertThat(fixture.shell.editor.candidates()).extracting(CandidateRow::matches).containsOnly(1);
    assertThat(fixture.shell.editor.probeStatusProperty().get()).contains(demo.baseUri() + "login.html");
  }
}
