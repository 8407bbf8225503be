package com.argus.app;

import com.argus.app.common.DialogService;
import com.argus.app.common.ImmediateTaskRunner;
import com.argus.app.common.PreferenceStore;
import com.argus.app.common.TaskRunner;
import com.argus.app.common.UiExecutor;
import com.argus.app.specs.SampleProject;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A workbench shell on a real Argus home (Derby workspace in a temp folder) with the sample
 * project, for TestFX tests and screenshots. Close it after the test.
 */
final class ShellFixture implements AutoCloseable {
  /** The engine's spec examples: the fixture specs the view tests' assertions are written against. */
  static final Path EXAMPLES = Path.of("../engine/src/test/resources/spec/examples");
  /** The demo shop's example specs, as the sample project gets them on first start. */
  static final Path DEMO_EXAMPLES = Path.of("../examples/demo");

  final Workspace workspace;
  final RecordingDialogs dialogs = new RecordingDialogs();
  final WorkbenchShell shell;

  ShellFixture(Path home) throws Exception {
    this(home, Ports.none(), EXAMPLES, "http://127.0.0.1:8080/");
  }

  ShellFixture(Path home, Ports ports, Path examples, String baseUrl) throws Exception {
    this(home, ports, examples, baseUrl, new ImmediateTaskRunner(), UiExecutor.direct());
  }

  /** With the app's own task runner and UI executor, for tests of work that really runs in the background. */
  ShellFixture(Path home, Ports ports, Path examples, String baseUrl, TaskRunner tasks, UiExecutor ui) throws Exception {
    this(home, (ws, prefs) -> ports, examples, baseUrl, tasks, ui);
  }

  /** With ports built on the fixture's own workspace, e.g. the app's real ones ({@code EnginePorts::create}). */
  ShellFixture(Path home, java.util.function.BiFunction<Workspace, PreferenceStore, Ports> ports, Path examples, String baseUrl,
      TaskRunner tasks, UiExecutor ui) throws Exception {
    workspace = Workspace.open(ArgusHome.at(home));
    SampleProject.ensure(workspace, examples, baseUrl);
    PreferenceStore prefs = PreferenceStore.inMemory();
    shell = new WorkbenchShell(workspace, ports.apply(workspace, prefs), tasks, ui, dialogs, prefs);
    shell.projects.loadProjects();
  }

  @Override
  public void close() {
    shell.close();
    workspace.close();
  }

  /** Dialogs that answer as told and remember what they were asked. */
  static final class RecordingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();
    final List<String> answers = new ArrayList<>();
    boolean confirm = true;
    Path folder;

    @Override
    public boolean confirm(String title, String message) {
      return confirm;
    }

    @Override
    public Optional<String> prompt(String title, String label, String initial) {
      return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
    }

    @Override
    public void error(String message, Throwable details) {
      errors.add(message);
    }

    @Override
    public void info(String message) {}

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
      return Optional.empty();
    }

    @Override
    public void open(Path file) {
      opened.add(file);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
      return Optional.ofNullable(folder);
    }
  }
}
