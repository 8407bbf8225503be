package com.argus.app.run;

import com.argus.app.common.SpecRef;
import com.argus.app.heal.WorkspaceHealing;
import com.argus.engine.ArgusException;
import com.argus.engine.heal.HealMode;
import com.argus.engine.spec.format.SpecFiles;
import com.argus.store.Workspace;
import com.argus.engine.project.Project;
import com.argus.engine.replay.Backend;
import com.argus.engine.replay.RunListener;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.replay.StepResult;
import com.argus.engine.replay.SuiteResult;
import com.argus.engine.replay.TestInfo;
import com.argus.engine.replay.TraceMode;
import com.argus.engine.replay.report.HtmlReport;
import com.argus.engine.run.RunRecord;
import com.argus.engine.secret.EnvironmentSecrets;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.store.ArgusHome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run screen's {@link SpecRunner} on the engine's replay runner ({@link
 * com.argus.engine.replay.SpecRunner}), the same one {@code argus run} uses, healing with the
 * same pipeline as {@code argus run --heal} built from the project's heal settings: results go to
 * the workspace's run repository, screenshots and traces under the Argus home, and each run gets
 * the HTML report as its {@code report} artifact.
 *
 * <p>Specs of a project run against the project's base URL, so the sample project follows the
 * demo shop wherever it is served. Thread-safe: each call builds its own engine runner.
 */
public final class ReplaySpecRunner implements SpecRunner {
  private static final Logger LOG = LoggerFactory.getLogger(ReplaySpecRunner.class);

  private final Workspace workspace;

  /** Runs in the browser the project's settings name, as {@code argus run --project} does. */
  public ReplaySpecRunner(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Outcome run(List<SpecRef> specs, RunOptions options, Listener listener, BooleanSupplier cancelled) {
    if (specs.isEmpty()) {
      throw new ArgusException("There is no spec to run: the folder has no *" + SpecFiles.SUFFIX + " files.");
    }
    Project project = specs.get(0).project();
    ArgusHome home = workspace.home();
    HealMode heal = HealMode.parse(options.healMode()).orElse(HealMode.OFF);
    com.argus.engine.replay.RunOptions engineOptions = com.argus.engine.replay.RunOptions.builder(home.artifactsDir())
        .argusHome(home.dir())
        .backend(Backend.parse(options.backend()).orElse(Backend.PLAYWRIGHT))
        .device(options.device())
        .workers(Math.max(1, options.workers()))
        .baseUrl(project.baseUrl() == null || project.baseUrl().isBlank() ? null : project.baseUrl())
        .browser(project.settings().browser())
        .trace(TraceMode.ON_FAILURE)
        .projectId(project.id())
        .heal(heal)
        .build();
    // One broken file in a folder must not stop the others: they run, and the run says which did not.
    List<SpecSource> sources = new ArrayList<>();
    List<String> notRun = new ArrayList<>();
    for (SpecRef s : specs) {
      try {
        sources.add(new SpecSource(SpecFormat.read(s.file()), s.file(), s.key()));
      } catch (ArgusException e) {
        if (specs.size() == 1) {
          throw e;
        }
        notRun.add(s.key() + ": " + e.userMessage());
      }
    }
    if (sources.isEmpty()) {
      throw new ArgusException("None of the " + specs.size() + " specs could be read; the first: " + notRun.get(0));
    }
    com.argus.engine.replay.SpecRunner runner = new com.argus.engine.replay.SpecRunner(engineOptions, workspace.runs(),
        EnvironmentSecrets.of(home.dir()), new Forward(listener));
    if (heal != HealMode.OFF) {
      runner.healWith(WorkspaceHealing.pipeline(workspace, project), workspace.healProposals());
    }
    // The engine is told to stop rather than interrupted: it finishes the step at hand, marks the
    // rest skipped and stores the run as cancelled.
    ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "argus-run-cancel-watch");
      t.setDaemon(true);
      return t;
    });
    watch.scheduleWithFixedDelay(() -> {
      if (cancelled.getAsBoolean()) {
        runner.cancel();
      }
    }, 100, 100, TimeUnit.MILLISECONDS);
    SuiteResult suite;
    try {
      suite = runner.run(sources);
    } finally {
      watch.shutdownNow();
    }
    writeReport(suite);
    if (suite.tests().isEmpty()) {
      throw new ArgusException("The run was cancelled before it started.");
    }
    List<RunRecord> stored = suite.tests().stream().map(t -> workspace.runs().findRun(t.runId()).orElseThrow()).toList();
    return new Outcome(stored, suite.durationMs(), suite.cancelled(), notRun);
  }

  /** One HTML report per run of the screen, linked from every test run it covers. */
  private void writeReport(SuiteResult suite) {
    if (suite.tests().isEmpty()) {
      return;
    }
    ArgusHome home = workspace.home();
    long first = suite.tests().get(0).runId();
    Path dir = home.runArtifactsDir(first).resolve("report");
    try {
      new HtmlReport().write(suite, dir);
      String stored = home.relativize(dir.resolve("index.html"));
      suite.tests().forEach(t -> workspace.runs().addArtifact(t.runId(), null, "report", stored));
    } catch (RuntimeException e) {
      // The results are stored already; a report that cannot be written must not hide them.
      LOG.warn("could not write the HTML report into {}", dir, e);
    }
  }

  /** Engine events to the screen's listener, with screenshot paths made absolute. */
  private record Forward(Listener listener) implements RunListener {
    @Override
    public void testStarted(TestInfo test) {
      listener.testStarted(test.runId(), test.name());
    }

    @Override
    public void stepStarted(TestInfo test, int index, Step step) {
      listener.stepStarted(new StepLive(test.runId(), test.name(), index, step.id(), step.title(), null, 0, null, null, null, null));
    }

    @Override
    public void stepFinished(TestInfo test, StepResult r) {
      listener.stepFinished(new StepLive(test.runId(), test.name(), r.index(), r.stepId(), r.title(), r.status(), r.durationMs(),
          r.error(), r.locatorUsed(), r.screenshot() == null ? null : r.screenshot().toAbsolutePath().toString(),
          r.heal() == null ? null : r.heal().summary()));
    }
  }
}
