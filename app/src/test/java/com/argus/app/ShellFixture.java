package com.argus.app;

import com.argus.app.common.DialogService;
import com.argus.app.common.ImmediateTaskRunner;
import com.argus.app.common.PreferenceStore;
import com.argus.app.common.UiExecutor;
import com.argus.app.common.Workspace;
import com.argus.app.common.memory.MemoryWorkspace;
import com.argus.app.specs.SampleProject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A workbench shell on a real home folder with the sample project, for TestFX tests and screenshots. */
final class ShellFixture {
  /** The spec examples the engine ships, standing in for examples/demo until it lands. */
  static final Path EXAMPLES = Path.of("../engine/src/test/resources/spec/examples");

  final Workspace workspace;
  final RecordingDialogs dialogs = new RecordingDialogs();
  final WorkbenchShell shell;

  ShellFixture(Path home) throws Exception {
    workspace = MemoryWorkspace.create(home, Clock.systemDefaultZone());
    SampleProject.ensure(workspace, EXAMPLES, "http://127.0.0.1:8080/");
    shell = new WorkbenchShell(workspace, Ports.none(), new ImmediateTaskRunner(), UiExecutor.direct(), dialogs,
        PreferenceStore.inMemory());
    shell.projects.loadProjects();
  }

  /** Dialogs that answer as told and remember what they were asked. */
  static final class RecordingDialogs implements DialogService {
    final List<String> errors = new ArrayList<>();
    final List<String> answers = new ArrayList<>();
    boolean confirm = true;

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
  }
}
