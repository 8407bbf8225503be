package com.argus.app;

import com.argus.engine.heal.HealReviewItem;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.common.FxTaskRunner;
import com.argus.app.common.SpecRef;
import com.argus.app.common.UiExecutor;
import com.argus.demo.DemoServer;
import com.argus.engine.heal.ProposalStatus;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepStatus;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Run → heal → review from the workbench alone, on the real engine: a login spec written for demo
 * v1 with plain id locators passes on v1, then runs on demo v2 from the Run screen with heal mode "review"; the heals wait
 * in the review screen's queue with their evidence; approving one from the keyboard rewrites the
 * spec, rejecting one leaves it as it was, and both decisions are in the store.
 */
@ExtendWith(ApplicationExtension.class)
class HealReviewScreenIT {
  @TempDir
  static Path tmp;

  DemoServer demo;
  ShellFixture fixture;
  FxTaskRunner tasks;

  @Start
  void start(Stage stage) throws Exception {
    WorkbenchApp.applyTheme(false);
    demo = DemoServer.start("v1", 0);
    tasks = new FxTaskRunner();
    Path home = Files.createTempDirectory(tmp, "home");
    Files.writeString(home.resolve("secrets.properties"), "password=demo123\n");
    // The app's own engine adapters, as the composition root builds them.
    fixture = new ShellFixture(home, (ws, prefs) -> EnginePorts.create(ws, () -> null), ShellFixture.DEMO_EXAMPLES, demo.baseUri().toString(), tasks,
        UiExecutor.fx());
    Scene scene = new Scene(fixture.shell, 1280, 800);
    fixture.shell.installShortcuts(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void tearDown() throws Exception {
    WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !fixture.shell.run.runningProperty().get());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !tasks.busyProperty().get());
    tasks.close();
    fixture.close();
    demo.close();
  }

  SpecRef spec(String key) {
    var entry = fixture.shell.projects.visibleSpecs().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    return new SpecRef(fixture.workspace.projects().list().get(0), entry.key(), entry.file());
  }

  @Test
  void healsFromARunOnTheNewReleaseAreReviewedAndDecidedInTheWorkbench(FxRobot robot) throws Exception {
    // A login spec with plain id locators, as a v1 recording would have: v2 renamed those ids.
    Path specsDir = Path.of(fixture.workspace.projects().list().get(0).specsDir());
    Files.copy(Path.of("../engine/src/test/resources/replay/heal-login.spec.yaml"), specsDir.resolve("login.spec.yaml"));
    robot.interact(() -> fixture.shell.projects.loadProjects());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
        () -> fixture.shell.projects.visibleSpecs().stream().anyMatch(e -> e.key().equals("login.spec.yaml")));
    SpecRef shop = spec("login.spec.yaml");
    // A green run on v1 first: it keeps each element's fingerprint, the baseline healing compares with.
    robot.interact(() -> fixture.shell.runSpec(shop));
    robot.clickOn("#run");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.shell.run.runningProperty().get());
    WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> !fixture.shell.run.runningProperty().get()
        && !fixture.shell.run.history().isEmpty());
    assertThat(fixture.shell.run.history().get(0).status()).isEqualTo(RunStatus.PASSED);

    demo.useVersion("v2");
    robot.interact(() -> fixture.shell.run.healModeProperty().set("review"));
    robot.clickOn("#run");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.shell.run.runningProperty().get());
    WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> !fixture.shell.run.runningProperty().get()
        && fixture.shell.run.history().size() == 2);
    WaitForAsyncUtils.waitForFxEvents();

    // Review mode goes on with the heals and says so: the run passed, pending review.
    assertThat(fixture.shell.run.history().get(0).status()).as(fixture.shell.run.statusProperty().get())
        .isEqualTo(RunStatus.PASSED_PENDING_REVIEW);
    assertThat(fixture.shell.run.steps()).anySatisfy(s -> {
      assertThat(s.status()).isEqualTo(StepStatus.HEALED);
      assertThat(s.heal()).contains("pending review");
    });
    String specBefore = Files.readString(shop.file());

    robot.interact(() -> fixture.shell.show(Page.HEAL));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !fixture.shell.heal.pending().isEmpty());
    int queued = fixture.shell.heal.pending().size();
    HealReviewItem first = fixture.shell.heal.selectedProperty().get();
    assertThat(first.specKey()).isEqualTo("login.spec.yaml");
    assertThat(first.scores()).isNotEmpty();
    assertThat(first.afterScreenshot()).isRegularFile();
    assertThat(first.beforeScreenshot()).isRegularFile();
    // Every heal was found on the login page, even the submit whose click then left it.
    assertThat(fixture.shell.heal.pending()).allSatisfy(p -> assertThat(p.reasons()).contains("Page: " + demo.baseUri() + "login.html"));

    // The thumbnails open full size.
    robot.clickOn("#after-shot");
    assertThat(fixture.dialogs.opened).containsExactly(first.afterScreenshot());

    // A approves the selected proposal: its step gets the new locator as primary, the old one kept lower.
    robot.clickOn("#proposal-list").type(KeyCode.A);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.shell.heal.pending().size() == queued - 1);
    var step = SpecFormat.read(shop.file()).step(first.stepId()).orElseThrow().target();
    assertThat(step.primary().describe()).isEqualTo(first.newLocator());
    assertThat(step.candidates()).anySatisfy(l -> assertThat(l.describe()).isEqualTo(first.oldLocator()));
    assertThat(fixture.workspace.healProposals().find(first.id()).orElseThrow().status()).isEqualTo(ProposalStatus.APPROVED);

    if (queued > 1) {
      HealReviewItem second = fixture.shell.heal.selectedProperty().get();
      String approved = Files.readString(shop.file());
      robot.clickOn("#proposal-list").type(KeyCode.R);
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.shell.heal.pending().size() == queued - 2);
      assertThat(Files.readString(shop.file())).isEqualTo(approved);
      assertThat(fixture.workspace.healProposals().find(second.id()).orElseThrow().status()).isEqualTo(ProposalStatus.REJECTED);
    }
    assertThat(specBefore).isNotEqualTo(Files.readString(shop.file()));
  }
}
