package com.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.common.ImmediateTaskRunner;
import com.argus.app.common.SpecRef;
import com.argus.app.common.UiExecutor;
import com.argus.app.record.SessionRecorder;
import com.argus.app.run.ServiceRunPort;
import com.argus.app.service.RecordService;
import com.argus.app.service.RunService;
import com.argus.app.run.RunPort;
import com.argus.app.run.StepLive;
import com.argus.demo.DemoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Renders every screen to a PNG: to {@code docs/screenshots} when {@code -Dargus.screenshots=DIR}
 * says so (scripts/screenshots.sh), else under target. The sample project is the real one (the
 * demo shop's example specs on a served demo shop) and the run screen shows a real run in headless
 * Chromium, so the pictures show what a user sees. Doubles as a smoke test that each screen lays out.
 */
class ScreenshotsTest {
  @TempDir
  Path home;

  @Test
  void rendersEveryScreenWithTheSampleProject() throws Exception {
    boolean dark = Boolean.getBoolean("argus.screenshots.dark");
    Path base = Path.of(System.getProperty("argus.screenshots", "target/screenshots"));
    Path out = dark ? base.resolve("dark") : base;
    Files.createDirectories(out);
    Stage stage = FxToolkit.registerPrimaryStage();
    AtomicReference<ShellFixture> fixture = new AtomicReference<>();
    AtomicReference<Scene> scene = new AtomicReference<>();
    try (DemoServer demo = DemoServer.start("v1", 0)) {
      AtomicReference<ServiceRunPort> runner = new AtomicReference<>();
      Files.writeString(home.resolve("secrets.properties"), "password=demo123\n");
      onFx(() -> {
        WorkbenchApp.applyTheme(dark);
        // The app's own adapters; only the recorder is headless, as nothing is recorded here.
        ShellFixture f = new ShellFixture(home, (ws, prefs) -> {
          Ports real = EnginePorts.create(ws, () -> null);
          return new Ports(new SessionRecorder(new RecordService(ws.specStore()), true), real.runner(), real.heals(), real.probe());
        }, ShellFixture.DEMO_EXAMPLES, demo.baseUri().toString(), new ImmediateTaskRunner(), UiExecutor.direct());
        fixture.set(f);
        runner.set(new ServiceRunPort(new RunService(f.workspace)));
        scene.set(new Scene(f.shell, 1280, 800));
        stage.setScene(scene.get());
        stage.show();
        return null;
      });
      ShellFixture f = fixture.get();
      // A real run off the FX thread, so the run screen and the spec list show real results.
      SpecRef search = onFx(() -> ref(f, "search.spec.yaml"));
      runner.get().run(List.of(search), new RunPort.Choices("playwright", "desktop", "auto", 1), new RunPort.Listener() {
        @Override
        public void stepStarted(StepLive step) {}

        @Override
        public void stepFinished(StepLive step) {}
      }, () -> false);
      healProposals(f, runner.get(), demo);

      onFx(() -> {
        f.shell.projects.loadProjects();
        var entry = f.shell.projects.visibleSpecs().stream().filter(e -> e.key().startsWith("shop")).findFirst()
            .orElse(f.shell.projects.visibleSpecs().get(0));
        f.shell.projects.selectedSpecProperty().set(entry);
        shoot(scene.get(), out.resolve("projects.png"));
        f.shell.projects.open(entry);
        f.shell.editor.setValue(f.shell.editor.steps().get(0).id(), "/login.html?from=workbench");
        f.shell.editor.save();
        f.shell.editor.selectedStepIdProperty().set(f.shell.editor.steps().get(2).id());
        f.shell.editor.countMatches();
        shoot(scene.get(), out.resolve("editor.png"));
        f.shell.show(Page.RECORD);
        shoot(scene.get(), out.resolve("record.png"));
        f.shell.runSpec(search);
        f.shell.run.selectedStepProperty().set(f.shell.run.steps().get(f.shell.run.steps().size() - 1));
        return null;
      });
      // The step's screenshot loads in the background, as in the app.
      Thread.sleep(1500);
      onFx(() -> {
        shoot(scene.get(), out.resolve("run.png"));
        f.shell.exportSpec(ref(f, "shop.spec.yaml"));
        shoot(scene.get(), out.resolve("export.png"));
        f.shell.show(Page.SETTINGS);
        shoot(scene.get(), out.resolve("settings.png"));
        f.shell.show(Page.HEAL);
        return null;
      });
      // The before and after screenshots load in the background too.
      Thread.sleep(1500);
      onFx(() -> {
        shoot(scene.get(), out.resolve("heal.png"));
        return null;
      });
    } finally {
      if (fixture.get() != null) {
        fixture.get().close();
      }
    }
    assertThat(out.resolve("run.png")).exists();
  }

  /**
   * Fills the review queue the honest way: a login spec with v1's ids passes on demo v1, then runs
   * on v2 with heal mode "review".
   */
  private static void healProposals(ShellFixture f, ServiceRunPort runner, DemoServer demo) throws Exception {
    var project = f.workspace.projects().list().get(0);
    Path file = Path.of(project.specsDir()).resolve("login.spec.yaml");
    Files.copy(Path.of("../engine/src/test/resources/replay/heal-login.spec.yaml"), file);
    SpecRef login = new SpecRef(project, "login.spec.yaml", file);
    RunPort.Listener quiet = new RunPort.Listener() {
      @Override
      public void stepStarted(StepLive step) {}

      @Override
      public void stepFinished(StepLive step) {}
    };
    runner.run(List.of(login), new RunPort.Choices("playwright", "desktop", "off", 1), quiet, () -> false);
    demo.useVersion("v2");
    try {
      runner.run(List.of(login), new RunPort.Choices("playwright", "desktop", "review", 1), quiet, () -> false);
    } finally {
      demo.useVersion("v1");
    }
  }

  private static SpecRef ref(ShellFixture f, String key) {
    var entry = f.shell.projects.visibleSpecs().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
    return new SpecRef(f.workspace.projects().list().get(0), entry.key(), entry.file());
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    CompletableFuture<T> done = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        done.complete(work.call());
      } catch (Throwable t) {
        done.completeExceptionally(t);
      }
    });
    return done.get(120, TimeUnit.SECONDS);
  }

  private static void shoot(Scene scene, Path file) throws java.io.IOException {
    scene.getRoot().applyCss();
    scene.getRoot().layout();
    WritableImage image = scene.snapshot(null);
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
  }
}
