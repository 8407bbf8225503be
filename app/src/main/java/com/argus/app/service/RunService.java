package com.argus.app.service;

import com.argus.engine.ArgusException;
import com.argus.engine.ConfigurationException;
import com.argus.engine.heal.HealMode;
import com.argus.engine.project.Project;
import com.argus.engine.replay.RunListener;
import com.argus.engine.replay.RunOptions;
import com.argus.engine.replay.SpecLoader;
import com.argus.engine.replay.SpecRunner;
import com.argus.engine.replay.SuiteResult;
import com.argus.engine.replay.TestResult;
import com.argus.engine.replay.report.HtmlReport;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunStatus;
import com.argus.engine.secret.EnvironmentSecrets;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.spec.format.SpecFiles;
import com.argus.engine.spec.store.SpecStore;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs specs for {@code argus run} and the Run screen alike: reads the specs (one that does not read
 * is reported as an error and the others run), builds the engine's run options, heals with the
 * project's pipeline, resolves secrets from the Argus home, stores every result, and writes each
 * run's HTML report as its {@code report} artifact.
 *
 * <p>Thread-safe: every {@link #run} builds its own engine runner; {@link #run} blocks until the
 * run ends, and listener calls come on worker threads (several at once with more than one worker).
 */
public final class RunService {
  private static final Logger LOG = LoggerFactory.getLogger(RunService.class);

  private final Workspace workspace;

  public RunService(Workspace workspace) {
    this.workspace = workspace;
  }

  /**
   * Runs the request's specs (each of their data rows, when they have them) and stores the results.
   *
   * @param cancelled polled while the run goes; once true, the step at hand finishes, the rest are
   *     skipped and the run is stored as cancelled
   * @throws ArgusException when nothing can run: a named path does not exist, no spec was found, a
   *     single spec or every spec does not read
   */
  public RunOutcome run(RunRequest request, RunListener listener, BooleanSupplier cancelled) {
    Loaded loaded = load(request);
    SpecRunner runner = new SpecRunner(options(request), workspace.runs(), EnvironmentSecrets.of(workspace.home().dir()),
        listener);
    if (request.heal() != HealMode.OFF) {
      runner.healWith(HealingService.pipeline(workspace, request.project()), workspace.healProposals(), workspace.specStore());
    }
    SuiteResult ran = runWatchingCancel(runner, loaded.sources(), cancelled);
    List<TestResult> tests = new ArrayList<>(ran.tests());
    tests.addAll(loaded.unreadable().stream().map(u -> unreadableResult(u, request)).toList());
    SuiteResult suite = new SuiteResult(tests, ran.startedAt(), ran.durationMs(), ran.cancelled());
    List<RunRecord> stored = ran.tests().stream().map(t -> workspace.runs().findRun(t.runId()).orElseThrow()).toList();
    writeReport(suite, stored);
    return new RunOutcome(suite, stored, loaded.unreadable());
  }

  private RunOptions options(RunRequest request) {
    ArgusHome home = workspace.home();
    Project project = request.project();
    return RunOptions.builder(home.artifactsDir())
        .argusHome(home.dir())
        .backend(request.backend()).grid(request.grid()).device(request.device()).headed(request.headed())
        .workers(request.workers()).baseUrl(request.baseUrl()).heal(request.heal()).trace(request.trace())
        .dataFile(request.dataFile()).screenshots(request.screenshots()).browser(request.project() == null ? null : request.project().settings().browser())
        .projectId(project == null ? null : project.id())
        .build();
  }

  // The engine is told to stop rather than interrupted: it finishes the step at hand, marks the
  // rest skipped and stores the run as cancelled.
  private static SuiteResult runWatchingCancel(SpecRunner runner, List<SpecSource> sources, BooleanSupplier cancelled) {
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
    try {
      return runner.run(sources);
    } finally {
      watch.shutdownNow();
    }
  }

  private record Loaded(List<SpecSource> sources, List<RunOutcome.Unreadable> unreadable) {}

  /** One broken file among several must not stop the others: they run, and the outcome says which did not. */
  private static Loaded load(RunRequest request) {
    List<Path> files = new ArrayList<>();
    for (Path path : request.specs()) {
      if (!Files.exists(path)) {
        throw new ConfigurationException(path + ": no such file or folder");
      }
      files.addAll(SpecFiles.expand(path));
    }
    if (files.isEmpty()) {
      throw new ConfigurationException("No specs found in " + request.specs() + " (looking for *" + SpecFiles.SUFFIX + ")");
    }
    List<SpecSource> sources = new ArrayList<>();
    List<RunOutcome.Unreadable> unreadable = new ArrayList<>();
    for (Path file : files) {
      try {
        SpecSource read = SpecLoader.load(List.of(file)).get(0);
        sources.add(new SpecSource(read.spec(), file, specKey(file, request.project())));
      } catch (ArgusException e) {
        if (files.size() == 1) {
          throw e;
        }
        unreadable.add(new RunOutcome.Unreadable(file, specKey(file, request.project()), e.userMessage()));
      }
    }
    if (sources.isEmpty()) {
      throw new ConfigurationException("None of the " + files.size() + " specs could be read; the first: "
          + unreadable.get(0).describe());
    }
    return new Loaded(sources, unreadable);
  }

  /** A spec's identity in the store, as {@link SpecStore#keyOf} gives it. */
  private static String specKey(Path file, Project project) {
    return SpecStore.keyOf(project, file).key();
  }

  /** A spec that did not read, as a test that could not run: the reports list it with why. */
  private static TestResult unreadableResult(RunOutcome.Unreadable u, RunRequest request) {
    return new TestResult(0, u.key(), u.key(), u.file(), -1, request.backend().name().toLowerCase(Locale.ROOT),
        request.device() == null ? "desktop" : request.device(), RunStatus.ERROR, Instant.now(), 0, u.message(), List.of(),
        null);
  }

  /** One HTML report per run, linked from every test run it covers. */
  private void writeReport(SuiteResult suite, List<RunRecord> stored) {
    if (stored.isEmpty()) {
      return;
    }
    ArgusHome home = workspace.home();
    Path dir = home.runArtifactsDir(stored.get(0).id()).resolve("report");
    try {
      new HtmlReport().write(suite, dir);
      String path = home.relativize(dir.resolve("index.html"));
      stored.forEach(r -> workspace.runs().addArtifact(r.id(), null, "report", path));
    } catch (RuntimeException e) {
      // The results are stored already; a report that cannot be written must not hide them.
      LOG.warn("could not write the HTML report into {}", dir, e);
    }
  }
}
