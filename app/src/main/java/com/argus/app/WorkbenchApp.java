package com.argus.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.argus.app.common.FxDialogService;
import com.argus.app.common.FxTaskRunner;
import com.argus.app.common.PreferenceStore;
import com.argus.app.common.UiExecutor;
import com.argus.app.common.UncaughtErrors;
import com.argus.app.common.WindowState;
import com.argus.app.common.Workspace;
import com.argus.app.common.memory.MemoryWorkspace;
import com.argus.app.specs.SampleProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench window and the one composition root: opens the workspace of the Argus home, builds
 * the services and view models, applies the theme and restores the window as it was left.
 */
public class WorkbenchApp extends Application {
  private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
  /** Where the workbench keeps its data, handed over by the command line before launch. */
  static volatile String home;

  private FxTaskRunner tasks;

  public static void open(String argusHome) {
    home = argusHome;
    Application.launch(WorkbenchApp.class);
  }

  /** The Argus home: --home, else ARGUS_HOME, else ~/.argus. */
  static Path resolveHome(String given) {
    if (given != null && !given.isBlank()) {
      return Path.of(given);
    }
    String env = System.getenv("ARGUS_HOME");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".argus");
  }

  /** The example specs the sample project starts with: -Dargus.examples, else ./examples/demo. */
  static Path examples() {
    String given = System.getProperty("argus.examples");
    return given != null ? Path.of(given) : Path.of("examples", "demo");
  }

  @Override
  public void start(Stage stage) throws Exception {
    Path argusHome = resolveHome(home);
    Files.createDirectories(argusHome);
    PreferenceStore prefs = PreferenceStore.of(Preferences.userRoot().node("com/argus/workbench"));
    applyTheme("dark".equals(prefs.get("theme", "light")));

    // The Derby store replaces this when it lands on main: Workspace over its repositories.
    Workspace workspace = MemoryWorkspace.create(argusHome, Clock.systemDefaultZone());
    tasks = new FxTaskRunner();
    FxDialogService dialogs = new FxDialogService(stage);
    new UncaughtErrors(dialogs).install();

    WorkbenchShell shell = new WorkbenchShell(workspace, Ports.none(), tasks, UiExecutor.fx(), dialogs, prefs);
    shell.settings.darkProperty().addListener((o, was, dark) -> applyTheme(dark));
    Scene scene = new Scene(shell, 1280, 800);
    shell.installShortcuts(scene);
    WindowState window = new WindowState(Preferences.userRoot().node("com/argus/workbench/window"));
    window.restoreAndTrack(stage, 1280, 800);
    shell.onPageChange(p -> window.rememberPage(p.name()));
    stage.setTitle("Argus Workbench — " + argusHome);
    stage.setScene(scene);
    stage.show();

    tasks.run("Opening " + argusHome, p -> SampleProject.ensure(workspace, examples(), "http://127.0.0.1:8080/"),
        created -> shell.projects.loadProjects(), e -> {
          LOG.warn("first start failed", e);
          shell.projects.loadProjects();
        });
  }

  static void applyTheme(boolean dark) {
    Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
        : new PrimerLight().getUserAgentStylesheet());
  }

  @Override
  public void stop() {
    if (tasks != null) {
      tasks.close();
    }
  }
}
