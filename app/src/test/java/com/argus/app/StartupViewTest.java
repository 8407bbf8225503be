package com.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import com.argus.app.common.FxTaskRunner;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window while the workspace opens: progress, then the workbench or a clear reason. */
@ExtendWith(ApplicationExtension.class)
class StartupViewTest {
  @TempDir
  static Path tmp;

  FxTaskRunner tasks;
  StartupView startup;
  Workspace holder;

  @Start
  void start(Stage stage) {
    WorkbenchApp.applyTheme(false);
    tasks = new FxTaskRunner();
    startup = new StartupView(tasks.messageProperty());
    stage.setScene(new Scene(startup, 900, 600));
    stage.show();
  }

  @AfterEach
  void tearDown() {
    tasks.close();
    if (holder != null) {
      holder.close();
    }
  }

  @Test
  void aHomeHeldElsewhereShowsWhyInsteadOfTheWorkbench(FxRobot robot) throws Exception {
    ArgusHome home = ArgusHome.at(tmp.resolve("held"));
    holder = Workspace.open(home);
    robot.interact(() -> WorkbenchApp.boot(startup, home, ShellFixture.DEMO_EXAMPLES, 0, tasks,
        services -> { throw new AssertionError("must not open"); }));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#startup-error").tryQuery().isPresent());
    Message error = robot.lookup("#startup-error").queryAs(Message.class);
    assertThat(error.getDescription()).contains("already open").contains(home.dir().toString());
    assertThat(robot.lookup("#startup-quit").tryQuery()).isPresent();
  }

  @Test
  void anOpenedHomeIsHandedOverOnTheFxThread(FxRobot robot) throws Exception {
    ArgusHome home = ArgusHome.at(tmp.resolve("fresh"));
    java.util.concurrent.CompletableFuture<WorkbenchServices> opened = new java.util.concurrent.CompletableFuture<>();
    robot.interact(() -> WorkbenchApp.boot(startup, home, ShellFixture.DEMO_EXAMPLES, 0, tasks, services -> {
      assertThat(javafx.application.Platform.isFxApplicationThread()).isTrue();
      opened.complete(services);
    }));
    try (WorkbenchServices services = opened.get(60, TimeUnit.SECONDS)) {
      assertThat(services.workspace.projects().list()).hasSize(1);
    }
  }
}
