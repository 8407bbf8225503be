package com.argus.engine.replay;

import com.argus.engine.ConfigurationException;
import com.argus.engine.browser.ChromiumFlags;
import com.argus.engine.heal.HealProposalRepository;
import com.argus.engine.heal.HealingPipeline;
import com.argus.engine.replay.driver.BrowserDriverFactory;
import com.argus.engine.replay.driver.Poller;
import com.argus.engine.run.RunRepository;
import com.argus.engine.secret.Redactor;
import com.argus.engine.secret.SecretsProvider;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.spec.store.SpecStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs specs in a browser: the engine behind {@code argus run} and the workbench's Run button.
 * Each spec (each data row of it) runs in its own browser context or session, {@link
 * RunOptions#workers()} at a time; results go to the {@link RunRepository} and, live, to the
 * {@link RunListener}. Failures of a test never stop the suite; a {@link ConfigurationException}
 * (no browser, unreachable grid, unknown device, secret without value) stops it before anything runs.
 *
 * <pre>{@code
 * SpecRunner runner = new SpecRunner(options, repository, EnvironmentSecrets.of(home), listener);
 * SuiteResult result = runner.run(SpecLoader.load(paths));   // blocks; runner.cancel() from another thread
 * }</pre>
 *
 * <p>One {@link #run} at a time per instance; {@link #cancel()} is thread-safe.
 */
public final class SpecRunner {
  private static final Logger LOG = LoggerFactory.getLogger(SpecRunner.class);

  private final RunOptions options;
  private final RunRepository repository;
  private final SecretsProvider secrets;
  private final RunListener listener;
  private final Poller poller;
  private final Function<Boolean, BrowserDriverFactory> factories;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private volatile StepHealing.Healer healer;

  public SpecRunner(RunOptions options, RunRepository repository, SecretsProvider secrets, RunListener listener) {
    this(options, repository, secrets, listener, Poller.system(), null);
  }

  /**
   * For tests and embedders: a poller with its own clock, and a driver factory chosen by whether
   * all apps are on loopback (null to choose from the options).
   */
  public SpecRunner(RunOptions options, RunRepository repository, SecretsProvider secrets, RunListener listener,
      Poller poller, Function<Boolean, BrowserDriverFactory> factories) {
    this.options = options;
    this.repository = repository;
    this.secrets = secrets;
    this.listener = listener == null ? RunListener.NONE : listener;
    // Every wait of the run (locators, assertions, wait steps, Selenium actionability) gives up
    // when the run is cancelled, instead of running on to its timeout.
    this.poller = poller.cancelledWhen(cancelled::get);
    this.factories = factories != null ? factories : loopback -> DriverFactories.forOptions(options, loopback, this.poller);
  }

  /**
   * Heals steps whose locators find nothing with this pipeline, as {@link RunOptions#heal()} says;
   * doubtful heals (and, in review mode, every heal) are stored in {@code proposals}; in auto mode
   * confident heals are saved into the spec through {@code specs}, as a version by the healer. Call
   * before {@link #run}.
   */
  public SpecRunner healWith(HealingPipeline pipeline, HealProposalRepository proposals,
      SpecStore specs) {
    this.healer = new StepHealing.Healer(java.util.Objects.requireNonNull(pipeline, "pipeline"),
        java.util.Objects.requireNonNull(proposals, "proposals"), java.util.Objects.requireNonNull(specs, "specs"));
    return this;
  }

  /** Stops the run: tests not started do not start, running ones skip their remaining steps. */
  public void cancel() {
    cancelled.set(true);
  }

  public boolean isCancelled() {
    return cancelled.get();
  }

  /**
   * Runs the specs and returns every test's result in the given order.
   *
   * @throws ConfigurationException when the run cannot start (nothing ran then)
   */
  public SuiteResult run(List<SpecSource> specs) {
    Instant started = poller.clock().instant();
    long startMs = poller.clock().millis();
    TestCases.Expansion expansion = TestCases.expand(specs, options, secrets);
    Redactor redactor = Redactor.of(expansion.secretValues());
    boolean loopback = expansion.cases().stream().allMatch(c -> ChromiumFlags.isLoopback(c.baseUrl()));
    List<TestResult> results = new ArrayList<>();
    try (BrowserDriverFactory factory = factories.apply(loopback)) {
      safely(() -> listener.suiteStarted(expansion.cases().size()));
      int workers = Math.min(options.workers(), Math.max(1, expansion.cases().size()));
      if (workers == 1) {
        for (TestCase test : expansion.cases()) {
          if (cancelled.get()) {
            break;
          }
          results.add(execution(test, factory, redactor).run());
        }
      } else {
        results.addAll(runParallel(expansion.cases(), factory, redactor, workers));
      }
    }
    SuiteResult suite = new SuiteResult(results, started, poller.clock().millis() - startMs, cancelled.get());
    safely(() -> listener.suiteFinished(suite));
    LOG.info("Ran {} tests: {} passed, {} failed, {} errors{}", results.size(), suite.passed(), suite.failed(),
        suite.errors(), suite.cancelled() ? " (cancelled)" : "");
    return suite;
  }

  private List<TestResult> runParallel(List<TestCase> cases, BrowserDriverFactory factory, Redactor redactor, int workers) {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "argus-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<TestResult>> futures = new ArrayList<>();
      for (TestCase test : cases) {
        futures.add(pool.submit(() -> cancelled.get() ? null : execution(test, factory, redactor).run()));
      }
      List<TestResult> results = new ArrayList<>();
      ConfigurationException configuration = null;
      for (Future<TestResult> f : futures) {
        try {
          TestResult r = f.get();
          if (r != null) {
            results.add(r);
          }
        } catch (ExecutionException e) {
          if (e.getCause() instanceof ConfigurationException ce) {
            configuration = ce;
            cancelled.set(true);
          } else {
            throw new IllegalStateException("a test worker failed unexpectedly", e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          cancelled.set(true);
        }
      }
      if (configuration != null) {
        throw configuration;
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private TestExecution execution(TestCase test, BrowserDriverFactory factory, Redactor redactor) {
    return new TestExecution(test, options, factory, repository, listener, redactor, poller, cancelled::get).healWith(healer);
  }

  private static void safely(Runnable event) {
    try {
      event.run();
    } catch (RuntimeException e) {
      LOG.warn("A run listener failed; the run goes on", e);
    }
  }
}
