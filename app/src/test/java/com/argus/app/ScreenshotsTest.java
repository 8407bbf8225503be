package com.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
 * says so (scripts/screenshots.sh), else under target. Doubles as a smoke test that each screen lays
 * out with the sample project.
 */
class ScreenshotsTest {
  @TempDir
  Path home;

  @Test
  void rendersEveryScreenWithTheSampleProject() throws Exception {
    Path out = Path.of(System.getProperty("argus.screenshots", "target/screenshots"));
    Files.createDirectories(out);
    Stage stage = FxToolkit.registerPrimaryStage();
    boolean dark = Boolean.getBoolean("argus.screenshots.dark");
    CompletableFuture<Void> done = new CompletableFuture<>();
    java.util.concurrent.atomic.AtomicReference<ShellFixture> fixture = new java.util.concurrent.atomic.AtomicReference<>();
    Platform.runLater(() -> {
      try {
        WorkbenchApp.applyTheme(dark);
        ShellFixture f = new ShellFixture(home);
        fixture.set(f);
        Scene scene = new Scene(f.shell, 1280, 800);
        stage.setScene(scene);
        stage.show();
        var entry = f.shell.projects.visibleSpecs().stream().filter(e -> e.key().startsWith("checkout")).findFirst()
            .orElse(f.shell.projects.visibleSpecs().get(0));
        f.shell.projects.selectedSpecProperty().set(entry);
        shoot(scene, out.resolve("projects.png"));
        f.shell.projects.open(entry);
        f.shell.editor.selectedStepIdProperty().set(f.shell.editor.steps().get(1).id());
        f.shell.editor.setValue(f.shell.editor.steps().get(0).id(), "/login.html?from=workbench");
        f.shell.editor.save();
        shoot(scene, out.resolve("editor.png"));
        for (Page p : new Page[] {Page.RECORD, Page.RUN, Page.HEAL, Page.EXPORT, Page.SETTINGS}) {
          f.shell.show(p);
          shoot(scene, out.resolve(p.name().toLowerCase(java.util.Locale.ROOT) + ".png"));
        }
        done.complete(null);
      } catch (Throwable t) {
        done.completeExceptionally(t);
      }
    });
    try {
      done.get(60, TimeUnit.SECONDS);
    } finally {
      if (fixture.get() != null) {
        fixture.get().close();
      }
    }
    assertThat(out.resolve("editor.png")).exists();
  }

  private static void shoot(Scene scene, Path file) throws java.io.IOException {
    scene.getRoot().applyCss();
    scene.getRoot().layout();
    WritableImage image = scene.snapshot(null);
    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
  }
}
