package com.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.common.FxTaskRunner;
import com.argus.app.common.UiExecutor;
import com.argus.app.record.SessionRecorder;
import com.argus.app.service.RecordService;
import com.argus.demo.DemoServer;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
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
 * The record screen on the real recorder: a headless Chromium on the demo shop whose clicks and
 * typing stream into the step list live; Stop saves the spec with a version and opens the editor.
 */
@ExtendWith(ApplicationExtension.class)
class RecordScreenIT {
  static DemoServer demo;

  @TempDir
  static Path tmp;

  ShellFixture fixture;
  FxTaskRunner tasks;
  SessionRecorder recorder;

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
    fixture = new ShellFixture(Files.createTempDirectory(tmp, "home"), (ws, prefs) -> {
      recorder = new SessionRecorder(new RecordService(ws.specStore()), true);
      return new Ports(recorder, null, null, null);
    },
        ShellFixture.DEMO_EXAMPLES, demo.baseUri().toString(), tasks, UiExecutor.fx());
    Scene scene = new Scene(fixture.shell, 1280, 800);
    fixture.shell.installShortcuts(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void tearDown() throws Exception {
    if (recorder != null) {
      recorder.current().ifPresent(s -> s.stop());
    }
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !tasks.busyProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    tasks.close();
    fixture.close();
  }

  @Test
  void stepsStreamInWhileRecordingAndStopSavesAndOpensTheSpec(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.shell.context().projectProperty().get() != null);
    robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
    robot.clickOn("#record-url").push(KeyCode.SHORTCUT, KeyCode.A).write(demo.baseUri() + "login.html");
    robot.clickOn("#record-spec-name").write("Sign in as demo");
    robot.clickOn("#record");
    WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !fixture.shell.record.steps().isEmpty()
        && recorder.current().isPresent());
    assertThat(fixture.shell.record.steps().get(0).action()).isEqualTo(Action.NAVIGATE);

    recorder.current().orElseThrow().inPage("main", p -> {
      p.click("[data-testid=login-username]");
      p.keyboard().type("demo");
      p.click("[data-testid=login-password]");
      p.keyboard().type("demo123");
      p.click("[data-testid=login-submit]");
      p.waitForURL("**/products.html**");
      return null;
    });
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.shell.record.steps().stream()
        .anyMatch(s -> s.action() == Action.CLICK));
    assertThat(fixture.shell.record.steps()).extracting(Step::action).contains(Action.FILL);

    robot.clickOn("#stop");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fixture.shell.current() == Page.EDITOR
        && fixture.shell.editor.refProperty().get() != null);
    var ref = fixture.shell.editor.refProperty().get();
    assertThat(ref.key()).isEqualTo("sign-in-as-demo.spec.yaml");
    assertThat(SpecFormat.read(ref.file()).name()).isEqualTo("Sign in as demo");
    assertThat(SpecFormat.read(ref.file()).steps()).extracting(Step::action).contains(Action.NAVIGATE, Action.FILL, Action.CLICK);
    assertThat(fixture.workspace.specs().history(ref.project().id(), ref.key())).hasSize(1);
  }
}
