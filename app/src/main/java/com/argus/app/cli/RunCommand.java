package com.argus.app.cli;

import com.argus.app.service.RunOutcome;
import com.argus.app.service.RunRequest;
import com.argus.app.service.RunService;
import com.argus.engine.ArgusException;
import com.argus.engine.heal.HealMode;
import com.argus.engine.project.Project;
import com.argus.engine.replay.Backend;
import com.argus.engine.replay.RunListener;
import com.argus.engine.replay.StepResult;
import com.argus.engine.replay.SuiteResult;
import com.argus.engine.replay.TestResult;
import com.argus.engine.replay.TraceMode;
import com.argus.engine.replay.report.HtmlReport;
import com.argus.engine.replay.report.JUnitXmlReport;
import com.argus.engine.replay.report.ResultsJsonReport;
import com.argus.engine.spec.DevicePreset;
import com.argus.store.Workspace;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code argus run}: replays specs on Playwright or Selenium (locally or on a Grid), stores every
 * result, and writes the reports CI reads. Exit 0 when all passed, 1 when any failed, 2 when the
 * run could not start.
 */
@Command(name = "run", description = "Run spec files, folders of them, or a project's specs.")
final class RunCommand implements Callable<Integer> {
  /** How long Ctrl-C waits for the step at hand and the reports before the process ends. */
  private static final long CANCEL_GRACE_SECONDS = 60;

  @Mixin CliContext context;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Spec files (*.spec.yaml, Chrome Recorder *.json) or folders.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--project", paramLabel = "NAME", description = "Run the specs of this project (its specs folder), results stored under it.")
  String projectName;

  @Option(names = "--backend", defaultValue = "playwright", paramLabel = "B", description = "playwright (default) or selenium.")
  String backend;

  @Option(names = "--grid", paramLabel = "URL", description = "Selenium Grid URL (RemoteWebDriver); implies --backend selenium.")
  String grid;

  @Option(names = "--device", paramLabel = "D", description = "Device preset for every spec: ${COMPLETION-CANDIDATES}.",
      completionCandidates = RecordCommand.DeviceNames.class)
  String device;

  @Option(names = "--headed", description = "Show the browser windows.")
  boolean headed;

  @Option(names = "--workers", defaultValue = "1", paramLabel = "N", description = "Specs run in parallel, each in its own browser context.")
  int workers;

  @Option(names = "--base-url", paramLabel = "URL", description = "Run against another environment.")
  String baseUrl;

  @Option(names = "--junit", paramLabel = "FILE", description = "Write JUnit XML here.")
  Path junit;

  @Option(names = "--report", paramLabel = "DIR", description = "Write the HTML report and results.json here.")
  Path report;

  @Option(names = "--trace", defaultValue = "off", paramLabel = "MODE", description = "Playwright trace: on-failure, always or off.")
  String trace;

  @Option(names = "--data", paramLabel = "FILE", description = "CSV rows for data-driven specs.")
  Path data;

  @Option(names = "--screenshots", defaultValue = "true", negatable = true, fallbackValue = "true",
      description = "A screenshot after every step (failures always get one).")
  boolean screenshots;

  @Option(names = "--heal", defaultValue = "off", paramLabel = "MODE",
      description = "auto: apply confident heals and keep them in the spec file, propose doubtful ones; review: go on with heals"
          + " but mark the test pending review, change no spec; off (default).")
  String heal;

  @Override
  public Integer call() {
    Workspace workspace = context.workspace();
    Project project = projectName == null ? null : workspace.projects().findByName(projectName)
        .orElseThrow(() -> new ArgusException("no project named '" + projectName + "'; see `argus project list`"));
    List<Path> targets = new ArrayList<>(paths);
    if (targets.isEmpty()) {
      if (project == null || project.specsDir() == null) {
        throw new ArgusException("nothing to run: give spec files or folders, or --project NAME with a specs folder");
      }
      targets.add(Path.of(project.specsDir()));
    }
    RunRequest request = request(targets, project);
    PrintWriter out = context.out();
    AtomicBoolean interrupted = new AtomicBoolean();
    CountDownLatch reported = new CountDownLatch(1);
    // Ctrl-C stops the run rather than killing it: the step at hand finishes, the run is stored as
    // cancelled and the reports are written before the process ends (bounded, so Ctrl-C never hangs).
    Thread cancelOnCtrlC = new Thread(() -> {
      interrupted.set(true);
      try {
        reported.await(CANCEL_GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "argus-run-cancel");
    Runtime.getRuntime().addShutdownHook(cancelOnCtrlC);
    try {
      RunOutcome outcome = new RunService(workspace).run(request, new ProgressPrinter(out), interrupted::get);
      for (RunOutcome.Unreadable spec : outcome.unreadable()) {
        out.println("ERROR " + TerminalText.escaped(spec.key()) + "  (not run: it does not read)");
        TerminalText.lines(spec.message()).forEach(l -> out.println("        " + l));
      }
      SuiteResult suite = outcome.suite();
      writeReports(suite, out);
      out.printf("%n%d passed, %d failed%s in %.1f s%n", suite.passed(), suite.failed() + suite.errors(),
          suite.cancelled() ? " (cancelled)" : "", suite.durationMs() / 1000.0);
      out.flush();
      return outcome.allPassed() ? ArgusCommand.OK : ArgusCommand.TESTS_FAILED;
    } finally {
      reported.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(cancelOnCtrlC);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is waiting for the cancelled run's reports.
      }
    }
  }

  private RunRequest request(List<Path> targets, Project project) {
    Backend chosenBackend = Backend.parse(backend).orElseThrow(() ->
        new ArgusException("--backend '" + backend + "' is unknown; expected playwright or selenium"));
    TraceMode traceMode = TraceMode.parse(trace).orElseThrow(() ->
        new ArgusException("--trace '" + trace + "' is unknown; expected on-failure, always or off"));
    if (device != null && DevicePreset.find(device).isEmpty()) {
      throw new ArgusException("--device '" + device + "' is unknown; expected one of: " + DevicePreset.names());
    }
    if (workers < 1 || workers > 32) {
      throw new ArgusException("--workers " + workers + " is out of range; expected 1 to 32");
    }
    HealMode healMode = HealMode.parse(heal).orElseThrow(() ->
        new ArgusException("--heal '" + heal + "' is unknown; expected auto, review or off"));
    URI gridUri = grid == null ? null : UrlCheck.requireHttpUrl(grid, "--grid");
    if (baseUrl != null) {
      UrlCheck.requireHttpUrl(baseUrl, "--base-url");
    }
    return RunRequest.of(targets).project(project)
        .backend(chosenBackend).grid(gridUri).device(device).headed(headed).workers(workers)
        .baseUrl(baseUrl != null ? baseUrl : project != null && paths.isEmpty() ? project.baseUrl() : null)
        .heal(healMode).trace(traceMode).dataFile(data).screenshots(screenshots)
        .build();
  }

  private void writeReports(SuiteResult suite, PrintWriter out) {
    if (junit != null) {
      new JUnitXmlReport().write(suite, junit);
      out.println("JUnit XML: " + junit);
    }
    if (report != null) {
      new HtmlReport().write(suite, report);
      new ResultsJsonReport().write(suite, report);
      out.println("report:    " + report.resolve("index.html"));
    }
  }

  /** One line per test as it finishes, with the failing step's explanation under it. */
  private record ProgressPrinter(PrintWriter out) implements RunListener {
    @Override
    public void testFinished(TestResult result) {
      String mark = result.passed() ? "PASS" : "FAIL";
      out.printf("%s  %s%s  (%d ms)%n", mark, TerminalText.escaped(result.name()), result.dataRow() >= 0 ? " [row " + (result.dataRow() + 1) + "]" : "",
          result.durationMs());
      for (StepResult step : result.steps()) {
        if (step.heal() != null && step.heal().newLocator() != null) {
          out.println("      step " + (step.index() + 1) + " " + step.heal().summary());
        }
        if (step.isFailure() && step.error() != null) {
          out.println("      step " + (step.index() + 1) + " " + TerminalText.escaped(step.title()) + ":");
          TerminalText.lines(step.error()).forEach(l -> out.println("        " + l));
        }
      }
      if (!result.passed() && result.error() != null && result.steps().stream().noneMatch(StepResult::isFailure)) {
        TerminalText.lines(result.error()).forEach(l -> out.println("        " + l));
      }
    }
  }
}
