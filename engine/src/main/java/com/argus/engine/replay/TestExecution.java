package com.argus.engine.replay;

import com.argus.engine.ArgusException;
import com.argus.engine.ConfigurationException;
import com.argus.engine.heal.HealMode;
import com.argus.engine.replay.driver.BrowserDriver;
import com.argus.engine.replay.driver.BrowserDriverFactory;
import com.argus.engine.replay.driver.BrowserGoneException;
import com.argus.engine.replay.driver.Poller;
import com.argus.engine.replay.driver.SessionSettings;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunRepository;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepHeal;
import com.argus.engine.run.StepResultRecord;
import com.argus.engine.run.StepStatus;
import com.argus.engine.secret.Redactor;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Variable;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one test on its own browser session: every step in order, artifacts, the repository
 * records, the live events. A dead browser fails this test only. Not thread-safe: one per test.
 */
final class TestExecution {
  private static final Logger LOG = LoggerFactory.getLogger(TestExecution.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final TestCase test;
  private final RunOptions options;
  private final BrowserDriverFactory factory;
  private final RunRepository repository;
  private final RunListener listener;
  private final Redactor redactor;
  private final Poller poller;
  private final BooleanSupplier cancelled;
  private boolean browserGone;
  private StepHealing.Healer healer;

  TestExecution(TestCase test, RunOptions options, BrowserDriverFactory factory, RunRepository repository,
      RunListener listener, Redactor redactor, Poller poller, BooleanSupplier cancelled) {
    this.test = test;
    this.options = options;
    this.factory = factory;
    this.repository = repository;
    this.listener = listener;
    this.redactor = redactor;
    this.poller = poller;
    this.cancelled = cancelled;
  }

  /** Heals with this pipeline when the options' heal mode is not off; null for no healing. */
  /**
   * A Playwright trace keeps every typed value, and Playwright cannot mask them: a test that uses
   * secret variables is not traced, so no secret lands on disk in clear.
   */
  private boolean typesSecrets() {
    List<String> secrets = test.source().spec().secretVariables().stream().map(Variable::name).toList();
    if (secrets.isEmpty()) {
      return false;
    }
    LOG.warn("No Playwright trace for '{}': it uses the secret variable(s) {}, and a trace would keep their typed values in clear.",
        test.name(), secrets);
    return true;
  }

  TestExecution healWith(StepHealing.Healer h) {
    this.healer = h;
    return this;
  }

  TestResult run() {
    List<Step> steps = test.source().spec().steps();
    String backendName = options.grid() != null ? "selenium-grid" : options.backend().name().toLowerCase();
    RunRecord run = repository.startRun(options.projectId(), test.source().specKey(), test.name(), test.dataRow(),
        backendName, test.device().presetName());
    TestInfo info = new TestInfo(run.id(), test.name(), test.source().specKey(), test.dataRow(), steps.size());
    Artifacts artifacts = new Artifacts(options.artifactsDir(), options.argusHome(), repository, run.id());
    Instant started = poller.clock().instant();
    long startMs = poller.clock().millis();
    safely(() -> listener.testStarted(info));

    List<StepResult> results = new ArrayList<>();
    RunStatus status = RunStatus.PASSED;
    String error = null;
    Path trace = null;
    boolean tracing = options.trace() != TraceMode.OFF && !typesSecrets();
    BrowserDriver driver = null;
    try {
      driver = factory.open(SessionSettings.of(test.device(), test.viewport(), tracing));
      backendName = driver.backend();
      Path specDir = test.source().file() == null ? null : test.source().file().toAbsolutePath().getParent();
      StepExecutor.TestState state = new StepExecutor.TestState(driver, test.baseUrl(), specDir, options.refreshBaselines());
      if (healer != null && options.heal() != HealMode.OFF) {
        state.healing = new StepHealing(healer, options.heal(), repository, options.projectId(), test.source().specKey(), run.id(),
            artifacts, redactor, test.source().file());
      }
      StepExecutor executor = new StepExecutor(poller);
      Duration testTimeout = options.testTimeout();
      for (int i = 0; i < steps.size(); i++) {
        Step step = steps.get(i);
        if (status != RunStatus.PASSED || cancelled.getAsBoolean()) {
          if (status == RunStatus.PASSED) {
            status = RunStatus.CANCELLED;
            error = "Cancelled";
          }
          results.add(record(run.id(), skipped(i, step)));
          continue;
        }
        if (!step.isEnabled()) {
          results.add(record(run.id(), skipped(i, step)));
          continue;
        }
        long left = testTimeout.toMillis() - (poller.clock().millis() - startMs);
        if (left <= 0) {
          status = RunStatus.FAILED;
          error = "The test took longer than its timeout of " + testTimeout.toSeconds() + " s; step " + (i + 1)
              + " and later did not run";
          results.add(record(run.id(), skipped(i, step)));
          continue;
        }
        safely(() -> listener.stepStarted(info, results.size(), step));
        StepResult result = runStep(i, step, state, executor, artifacts, Duration.ofMillis(Math.min(left, stepTimeout(step))));
        results.add(record(run.id(), result));
        int index = i;
        safely(() -> listener.stepFinished(info, result));
        if (result.isFailure() && cancelled.getAsBoolean()) {
          // The wait gave up because the run was cancelled: not the page's fault.
          status = RunStatus.CANCELLED;
          error = "Cancelled";
        } else if (browserGone) {
          status = RunStatus.ERROR;
          error = result.error();
        } else if (result.isFailure() && !step.effectiveOptions().isContinueOnFailure()) {
          status = RunStatus.FAILED;
          error = result.error();
        } else if (result.isFailure() && status == RunStatus.PASSED) {
          LOG.info("Step {} of {} failed; it continues on failure", index + 1, test.name());
        }
      }
      if (status == RunStatus.PASSED && results.stream().anyMatch(StepResult::isFailure)) {
        status = RunStatus.FAILED;
        error = results.stream().filter(StepResult::isFailure).findFirst().orElseThrow().error();
      }
      if (status == RunStatus.PASSED && results.stream().anyMatch(r -> r.heal() != null && r.heal().pendingReview())) {
        status = RunStatus.PASSED_PENDING_REVIEW;
      }
    } catch (BrowserGoneException e) {
      status = RunStatus.ERROR;
      error = redactor.redact(e.userMessage() + "; the test stopped here, the suite goes on");
      LOG.warn("{}: {}", test.name(), error);
    } catch (ConfigurationException e) {
      repository.finishRun(run.id(), RunStatus.ERROR, poller.clock().millis() - startMs, redactor.redact(e.userMessage()));
      throw e;
    } catch (ArgusException e) {
      status = RunStatus.ERROR;
      error = redactor.redact(e.userMessage());
    } finally {
      if (driver != null) {
        if (tracing) {
          boolean keep = options.trace() == TraceMode.ALWAYS || !status.isSuccess();
          Path target = keep ? artifacts.tracePath() : null;
          if (driver.isAlive()) {
            driver.finishTrace(target);
            if (keep && java.nio.file.Files.exists(target)) {
              trace = target;
              artifacts.recordTrace(target);
            }
          }
        }
        driver.close();
      }
    }
    long duration = poller.clock().millis() - startMs;
    repository.finishRun(run.id(), status, duration, error);
    TestResult result = new TestResult(run.id(), test.name(), test.source().specKey(), test.source().file(),
        test.dataRow(), backendName, test.device().presetName(), status, started, duration, error, results, trace);
    safely(() -> listener.testFinished(result));
    return result;
  }

  private long stepTimeout(Step step) {
    Integer own = step.effectiveOptions().timeoutMs();
    return own != null ? own : options.stepTimeout().toMillis();
  }

  private StepResult runStep(int index, Step step, StepExecutor.TestState state, StepExecutor executor,
      Artifacts artifacts, Duration timeout) {
    long start = poller.clock().millis();
    Step resolved;
    StepOutcome outcome;
    try {
      resolved = test.variables().resolve(step);
      outcome = executor.execute(resolved, state, timeout);
    } catch (BrowserGoneException e) {
      browserGone = true;
      String why = redactor.redact("Step " + (index + 1) + " (" + step.title() + ") failed: " + e.userMessage()
          + "; the test stops here, the suite goes on");
      LOG.warn("{}: {}", test.name(), why);
      return new StepResult(index, step.id(), redactor.redact(step.title()), step.action().fileName(), StepStatus.FAILED,
          poller.clock().millis() - start, why, null, -1, List.of(), null, null);
    } catch (ArgusException e) {
      outcome = StepOutcome.failed(e.userMessage(), List.of(), null, -1);
    }
    long duration = poller.clock().millis() - start;
    BrowserDriver driver = state.driver;
    boolean failed = outcome.status() == StepStatus.FAILED;
    String error = null;
    Path screenshot = null;
    Path dom = null;
    if (failed) {
      String url = quietly(() -> driver.url(step.pageName()));
      String title = quietly(() -> driver.title(step.pageName()));
      error = redactor.redact(FailureExplainer.explain(index, step.title(), outcome.cause(), outcome.attempts(), url, title));
    } else if (outcome.cause() != null) {
      error = redactor.redact(outcome.cause());
    }
    if (outcome.heal() != null) {
      LOG.info("{} step {}: {}", test.name(), index + 1, outcome.heal().summary());
    }
    if (options.screenshots() || failed) {
      byte[] png = quietlyBytes(() -> driver.screenshot(step.pageName()));
      if (png != null) {
        screenshot = artifacts.screenshot(index, step.id(), png);
      }
    }
    if (failed) {
      String html = quietly(() -> driver.domSnapshot(step.pageName()));
      if (html != null) {
        dom = artifacts.dom(index, step.id(), redactor.redact(html));
      }
    }
    if (!failed && outcome.fingerprint() != null && options.refreshBaselines()) {
      repository.saveBaseline(options.projectId(), test.source().specKey(), step.id(), redact(outcome.fingerprint()));
    }
    return new StepResult(index, step.id(), redactor.redact(step.title()), step.action().fileName(), outcome.status(),
        duration, error, outcome.locatorUsed(), outcome.matchCount(), outcome.attempts(), screenshot, dom, outcome.heal());
  }

  private StepResult record(long runId, StepResult r) {
    Artifacts paths = new Artifacts(options.artifactsDir(), options.argusHome(), repository, runId);
    repository.addStepResult(new StepResultRecord(runId, r.index(), r.stepId(), r.title(), r.status(), r.durationMs(),
        r.error(), r.locatorUsed(), r.matchCount(),
        r.screenshot() == null ? null : paths.stored(r.screenshot()),
        r.domSnapshot() == null ? null : paths.stored(r.domSnapshot()), healRecord(r.heal(), paths)));
    return r;
  }

  /** The heal as stored: its screenshots relative to the Argus home when under it (already masked by the healing). */
  private static StepHeal healRecord(StepHeal h, Artifacts paths) {
    if (h == null) {
      return null;
    }
    return h.withScreenshots(h.beforeScreenshot() == null ? null : Path.of(paths.stored(h.beforeScreenshot())),
        h.afterScreenshot() == null ? null : Path.of(paths.stored(h.afterScreenshot())));
  }

  private StepResult skipped(int index, Step step) {
    return new StepResult(index, step.id(), redactor.redact(step.title()), step.action().fileName(), StepStatus.SKIPPED,
        0, null, null, -1, List.of(), null, null);
  }

  private ElementFingerprint redact(ElementFingerprint fp) {
    if (redactor.isEmpty()) {
      return fp;
    }
    ObjectNode tree = JSON.valueToTree(fp);
    List<String> names = new ArrayList<>();
    tree.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (tree.get(name).isTextual()) {
        tree.set(name, TextNode.valueOf(redactor.redact(tree.get(name).asText())));
      }
    }
    return JSON.convertValue(tree, ElementFingerprint.class);
  }

  private static String quietly(java.util.function.Supplier<String> read) {
    try {
      return read.get();
    } catch (ArgusException e) {
      return null;
    }
  }

  private static byte[] quietlyBytes(java.util.function.Supplier<byte[]> read) {
    try {
      return read.get();
    } catch (ArgusException e) {
      LOG.debug("no screenshot: {}", e.getMessage());
      return null;
    }
  }

  private static void safely(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.warn("A run listener failed; the run goes on", e);
    }
  }
}
