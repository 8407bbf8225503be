package com.argus.app.run;

import com.argus.app.common.DialogService;
import com.argus.app.common.Errors;
import com.argus.app.common.SpecRef;
import com.argus.app.common.TaskRunner;
import com.argus.app.common.UiExecutor;
import com.argus.app.common.WorkbenchContext;
import com.argus.engine.run.ArtifactRecord;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunRepository;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepResultRecord;
import com.argus.engine.spec.DevicePreset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.nio.file.Path;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The run screen: choose what to run (the current spec, its folder, its project), backend, device,
 * heal mode and workers; run with each step live; the spec's run history with each run's steps,
 * screenshots and artifacts.
 */
public final class RunViewModel {
  /** Why Run is off when no runner is wired. */
  public static final String NO_RUNNER =
      "Running from the workbench switches on when the replay engine is wired in. The history below is read from the store.";

  private final RunPort runner;
  private final RunRepository runs;
  private final TaskRunner tasks;
  private final UiExecutor ui;
  private final DialogService dialogs;
  private final WorkbenchContext context;
  private final Path home;
  private final AtomicBoolean cancelRequested = new AtomicBoolean();

  private final ObservableList<String> backends = FXCollections.observableArrayList("playwright", "selenium");
  private final ObservableList<String> devices = FXCollections.observableArrayList(
      Arrays.stream(DevicePreset.values()).map(DevicePreset::presetName).toList());
  private final ObservableList<String> healModes = FXCollections.observableArrayList("auto", "review", "off");
  private final StringProperty backend = new SimpleStringProperty("playwright");
  private final StringProperty device = new SimpleStringProperty("desktop");
  private final StringProperty healMode = new SimpleStringProperty("auto");
  private final IntegerProperty workers = new SimpleIntegerProperty(1);
  private final ObservableList<RunScope> scopes = FXCollections.observableArrayList(RunScope.values());
  private final ObjectProperty<RunScope> scope = new SimpleObjectProperty<>(RunScope.SPEC);
  private final ObservableList<StepLive> steps = FXCollections.observableArrayList();
  private final ObservableList<RunRecord> history = FXCollections.observableArrayList();
  private final ObjectProperty<RunRecord> selectedRun = new SimpleObjectProperty<>();
  private final ObjectProperty<StepLive> selectedStep = new SimpleObjectProperty<>();
  private final ObservableList<ArtifactRecord> artifacts = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private TaskRunner.Handle current;

  /**
   * @param home the Argus home: stored screenshot and artifact paths are relative to it
   */
  public RunViewModel(RunPort runner, RunRepository runs, TaskRunner tasks, UiExecutor ui, DialogService dialogs,
      WorkbenchContext context, Path home) {
    this.home = home;
    this.runner = runner;
    this.runs = runs;
    this.tasks = tasks;
    this.ui = ui;
    this.dialogs = dialogs;
    this.context = context;
    status.set(runner == null ? NO_RUNNER : "");
    context.specProperty().addListener((o, was, now) -> loadHistory());
    selectedRun.addListener((o, was, now) -> {
      if (now != null && !running.get()) {
        loadRun(now);
      }
    });
  }

  public boolean canRun() {
    return runner != null;
  }

  /** Runs the current spec, its folder or its whole project (the scope); each step appears as it starts and updates when it ends. */
  public void run() {
    SpecRef spec = context.specProperty().get();
    if (runner == null || spec == null || running.get()) {
      return;
    }
    RunScope chosen = scope.get();
    steps.clear();
    artifacts.clear();
    cancelRequested.set(false);
    running.set(true);
    status.set("Running " + chosen.describe(spec) + "…");
    RunPort.Choices choices = new RunPort.Choices(backend.get(), device.get(), healMode.get(), workers.get());
    RunPort.Listener listener = new RunPort.Listener() {
      @Override
      public void testStarted(long runId, String name) {
        ui.execute(() -> status.set("Running " + name + "…"));
      }

      @Override
      public void stepStarted(StepLive step) {
        ui.execute(() -> steps.add(step));
      }

      @Override
      public void stepFinished(StepLive done) {
        ui.execute(() -> {
          for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).sameStep(done)) {
              steps.set(i, done);
              if (selectedStep.get() != null && selectedStep.get().sameStep(done)) {
                selectedStep.set(done);
              }
              return;
            }
          }
          steps.add(done);
        });
      }
    };
    current = tasks.run("Running " + chosen.describe(spec),
        p -> runner.run(chosen.specs(spec), choices, listener, () -> cancelRequested.get() || p.isCancelled()), outcome -> {
          running.set(false);
          status.set(summary(outcome));
          loadHistory();
        }, e -> {
          running.set(false);
          status.set("The run could not start: " + Errors.userMessage(e));
        });
  }

  /** One line for the status: the test's outcome, or counts for several. */
  static String summary(RunPort.Outcome outcome) {
    String notRun = outcome.notRun().isEmpty() ? "" : ". Not run (" + outcome.notRun().size() + "): "
        + String.join("; ", outcome.notRun().stream().map(RunViewModel::firstLine).toList());
    return outcomeOfTests(outcome) + notRun;
  }

  private static String outcomeOfTests(RunPort.Outcome outcome) {
    RunRecord shown = outcome.shown();
    if (outcome.runs().size() == 1) {
      return shown.specName() + ": " + shown.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
          + " in " + shown.durationMs() + " ms" + (shown.error() == null ? "" : " — " + firstLine(shown.error()));
    }
    long passed = outcome.count(RunStatus.PASSED);
    long pending = outcome.count(RunStatus.PASSED_PENDING_REVIEW);
    long failed = outcome.runs().size() - passed - pending - outcome.count(RunStatus.CANCELLED);
    return String.format(Locale.ROOT, "%d tests: %d passed%s, %d failed%s in %.1f s%s", outcome.runs().size(), passed,
        pending == 0 ? "" : ", " + pending + " passed pending review", failed, outcome.cancelled() ? " (cancelled)" : "",
        outcome.durationMs() / 1000.0, shown.status().isSuccess() ? "" : ". First not passed: " + shown.specName()
            + (shown.error() == null ? "" : " — " + firstLine(shown.error())));
  }

  /**
   * Asks the run to stop: the step at hand finishes, the rest are skipped and the run is stored as
   * cancelled, so its history stays true.
   */
  public void cancel() {
    if (running.get()) {
      cancelRequested.set(true);
      status.set("Cancelling: the current step finishes first…");
    }
  }

  /** Opens the selected run's HTML report in the system's browser. */
  public void openReport() {
    openArtifact("report");
  }

  /** Opens the selected run's Playwright trace (kept for failed runs). */
  public void openTrace() {
    openArtifact("trace");
  }

  private void openArtifact(String kind) {
    artifact(kind).ifPresent(a -> dialogs.open(resolve(a.path())));
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl) + " …";
  }

  /** Reads the current spec's runs, newest first. */
  public void loadHistory() {
    SpecRef spec = context.specProperty().get();
    if (spec == null) {
      history.clear();
      return;
    }
    tasks.run("Loading runs of " + spec.key(), p -> runs.runsOfSpec(spec.project().id(), spec.key(), 50),
        list -> {
          history.setAll(list);
          if (!running.get()) {
            selectedRun.set(list.isEmpty() ? null : list.get(0));
          }
        }, e -> dialogs.error(Errors.userMessage(e), e));
  }

  private void loadRun(RunRecord run) {
    tasks.run("Loading run " + run.id(), p -> new Loaded(runs.stepResults(run.id()), runs.artifacts(run.id())), loaded -> {
      steps.setAll(loaded.steps().stream().map(this::live).toList());
      artifacts.setAll(loaded.artifacts());
    }, e -> dialogs.error(Errors.userMessage(e), e));
  }

  private record Loaded(List<StepResultRecord> steps, List<ArtifactRecord> artifacts) {}

  private StepLive live(StepResultRecord r) {
    return new StepLive(r.runId(), null, r.stepIndex(), r.stepId(), r.title(), r.status(), r.durationMs(), r.error(),
        r.locatorUsed(), r.screenshotPath() == null ? null : resolve(r.screenshotPath()).toString(),
        r.heal() == null ? null : r.heal().summary());
  }

  /** A stored artifact path: relative to the Argus home when it was written under it. */
  Path resolve(String stored) {
    Path p = Path.of(stored);
    return p.isAbsolute() || home == null ? p : home.resolve(p).normalize();
  }

  /** The run's artifact of a kind ("report", "trace"), when it has one. */
  public Optional<ArtifactRecord> artifact(String kind) {
    return artifacts.stream().filter(a -> a.kind().equalsIgnoreCase(kind) && a.stepId() == null).findFirst()
        .or(() -> artifacts.stream().filter(a -> a.kind().equalsIgnoreCase(kind)).findFirst());
  }

  public ObservableList<String> backends() {
    return backends;
  }

  public ObservableList<String> devices() {
    return devices;
  }

  public ObservableList<String> healModes() {
    return healModes;
  }

  public StringProperty backendProperty() {
    return backend;
  }

  public StringProperty deviceProperty() {
    return device;
  }

  public StringProperty healModeProperty() {
    return healMode;
  }

  public ObservableList<RunScope> scopes() {
    return scopes;
  }

  public ObjectProperty<RunScope> scopeProperty() {
    return scope;
  }

  public IntegerProperty workersProperty() {
    return workers;
  }

  public ObservableList<StepLive> steps() {
    return steps;
  }

  public ObservableList<RunRecord> history() {
    return history;
  }

  public ObjectProperty<RunRecord> selectedRunProperty() {
    return selectedRun;
  }

  public ObjectProperty<StepLive> selectedStepProperty() {
    return selectedStep;
  }

  public ObservableList<ArtifactRecord> artifacts() {
    return artifacts;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public WorkbenchContext context() {
    return context;
  }
}
