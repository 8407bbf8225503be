package com.argus.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.argus.app.common.Errors;
import com.argus.app.common.FxDialogService;
import com.argus.app.common.FxTaskRunner;
import com.argus.app.common.PreferenceStore;
import com.argus.app.common.TaskRunner;
import com.argus.app.common.UiExecutor;
import com.argus.app.common.UncaughtErrors;
import com.argus.app.common.WindowState;
import com.argus.engine.ArgusException;
import com.argus.store.ArgusHome;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench window and the one composition root: opens the workspace of the Argus home and the
 * demo shop off the FX thread (the window shows progress meanwhile, or why the home cannot be
 * opened), builds the engine adapters, view models and views, applies the theme and restores the
 * window as it was left. Closes the workspace and stops the demo shop on exit.
 */
public class WorkbenchApp extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
  /** Where the workbench keeps its data, handed over by the command line before launch. */
  static volatile String home;

  private FxTaskRunner tasks;
  private volatile WorkbenchServices services;
  private WorkbenchShell shell;

  public static void open(String argusHome) {
    home = argusHome;
    Application.launch(WorkbenchApp.class);
  }

  /** The example specs the sample project starts with: -Dargus.examples, else ./examples/demo. */
  static Path examples() {
    String given = System.getProperty("argus.examples");
    return given != null ? Path.of(given) : Path.of("examples", "demo");
  }

  @Override
  public void start(Stage stage) {
    PreferenceStore prefs = PreferenceStore.of(Preferences.userRoot().node("com/argus/workbench"));
    applyTheme("dark".equals(prefs.get("theme", "light")));
    tasks = new FxTaskRunner();
    FxDialogService dialogs = new FxDialogService(stage, getHostServices());
    new UncaughtErrors(dialogs).install();

    StartupView startup = new StartupView(tasks.messageProperty());
    Scene scene = new Scene(startup, 1280, 800);
    WindowState window = new WindowState(Preferences.userRoot().node("com/argus/workbench/window"));
    window.restoreAndTrack(stage, 1280, 800);
    stage.setTitle("Argus Workbench");
    stage.setScene(scene);
    stage.show();

    ArgusHome argusHome;
    try {
      argusHome = ArgusHome.resolve(home);
    } catch (ArgusException e) {
      startup.failed(e.userMessage());
      return;
    }
    stage.setTitle("Argus Workbench — " + argusHome.dir());
    boot(startup, argusHome, examples(), WorkbenchServices.DEMO_PORT, tasks, opened -> {
      services = opened;
      // Read on worker threads too: a Project is immutable, so at worst one switch behind.
      shell = new WorkbenchShell(opened.workspace, EnginePorts.create(opened.workspace,
          () -> shell == null ? null : shell.context().projectProperty().get()), tasks, UiExecutor.fx(),
          dialogs, prefs);
      shell.settings.darkProperty().addListener((o, was, dark) -> applyTheme(dark));
      shell.installShortcuts(scene);
      shell.onPageChange(p -> window.rememberPage(p.name()));
      scene.setRoot(shell);
      shell.projects.loadProjects();
    });
  }

  /**
   * Opens the workbench's services on a worker thread; {@code startup} shows the progress, then
   * {@code ready} gets them on the FX thread, or {@code startup} says why they could not open.
   */
  static void boot(StartupView startup, ArgusHome home, Path examples, int demoPort, TaskRunner tasks,
      Consumer<WorkbenchServices> ready) {
    tasks.run("Opening " + home.dir(), p -> WorkbenchServices.open(home, examples, demoPort, p), ready, e -> {
      LOG.warn("cannot open the workspace in {}", home.dir(), e);
      startup.failed(Errors.userMessage(e));
    });
  }

  static void applyTheme(boolean dark) {
    Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
        : new PrimerLight().getUserAgentStylesheet());
  }

  @Override
  public void stop() {
    if (shell != null) {
      shell.close();
    }
    if (tasks != null) {
      tasks.close();
    }
    // The window is gone by now, so waiting here for Derby's clean shutdown blocks nobody; without
    // it the next start would have to recover the database.
    WorkbenchServices open = services;
    if (open != null) {
      open.close();
    }
  }
}
