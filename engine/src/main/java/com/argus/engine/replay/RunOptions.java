package com.argus.engine.replay;

import com.argus.engine.heal.HealMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a suite runs: the command line's {@code argus run} options and the workbench's run settings.
 * Build with {@link #builder(Path)}; absent values mean the spec's own or the defaults.
 *
 * @param backend Playwright (default) or Selenium
 * @param grid a Selenium Grid URL; implies the Selenium backend
 * @param device a device preset name overriding the specs'; null keeps each spec's
 * @param headed show browser windows
 * @param workers how many tests run at once, each in its own browser context or session
 * @param baseUrl overrides every spec's base URL
 * @param trace when to keep a Playwright trace zip
 * @param dataFile a CSV whose rows every data-driven spec runs with, instead of its own
 * @param screenshots a screenshot after every step (failures always get one)
 * @param artifactsDir where screenshots, DOM snapshots and traces are written (a folder per run)
 * @param argusHome the Argus home: artifact paths are stored relative to it when under it
 * @param stepTimeout how long a step may wait when the spec does not say
 * @param testTimeout how long one test may take in all
 * @param browser the browser setting (a path), or null to discover it
 * @param chromedriver ChromeDriver for the local Selenium backend
 * @param projectId the project runs are stored under, or null
 * @param refreshBaselines store each successful step's element fingerprint
 * @param heal what self-healing does when a step's locators find nothing ({@code --heal}); off by
 *     default, and off whatever it says when the runner was given no healing pipeline
 */
public record RunOptions(
    Backend backend,
    URI grid,
    String device,
    boolean headed,
    int workers,
    String baseUrl,
    TraceMode trace,
    Path dataFile,
    boolean screenshots,
    Path artifactsDir,
    Path argusHome,
    Duration stepTimeout,
    Duration testTimeout,
    String browser,
    Path chromedriver,
    Long projectId,
    boolean refreshBaselines,
    HealMode heal) {

  public static final Duration DEFAULT_STEP_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_TEST_TIMEOUT = Duration.ofMinutes(5);

  public RunOptions {
    Objects.requireNonNull(artifactsDir, "artifactsDir");
    backend = grid != null ? Backend.SELENIUM : backend == null ? Backend.PLAYWRIGHT : backend;
    trace = trace == null ? TraceMode.OFF : trace;
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, was " + workers);
    }
    stepTimeout = stepTimeout == null ? DEFAULT_STEP_TIMEOUT : stepTimeout;
    testTimeout = testTimeout == null ? DEFAULT_TEST_TIMEOUT : testTimeout;
    chromedriver = chromedriver == null ? Path.of("/usr/bin/chromedriver") : chromedriver;
    heal = heal == null ? HealMode.OFF : heal;
  }

  public static Builder builder(Path artifactsDir) {
    return new Builder(artifactsDir);
  }

  public Builder toBuilder() {
    return new Builder(artifactsDir).backend(backend).grid(grid).device(device).headed(headed).workers(workers)
        .baseUrl(baseUrl).trace(trace).dataFile(dataFile).screenshots(screenshots).argusHome(argusHome)
        .stepTimeout(stepTimeout).testTimeout(testTimeout).browser(browser).chromedriver(chromedriver)
        .projectId(projectId).refreshBaselines(refreshBaselines).heal(heal);
  }

  /** Builds {@link RunOptions}; not thread-safe. */
  public static final class Builder {
    private Backend backend = Backend.PLAYWRIGHT;
    private URI grid;
    private String device;
    private boolean headed;
    private int workers = 1;
    private String baseUrl;
    private TraceMode trace = TraceMode.OFF;
    private Path dataFile;
    private boolean screenshots = true;
    private final Path artifactsDir;
    private Path argusHome;
    private Duration stepTimeout;
    private Duration testTimeout;
    private String browser;
    private Path chromedriver;
    private Long projectId;
    private boolean refreshBaselines = true;
    private HealMode heal = HealMode.OFF;

    private Builder(Path artifactsDir) {
      this.artifactsDir = artifactsDir;
    }

    public Builder backend(Backend v) { backend = v; return this; }
    public Builder grid(URI v) { grid = v; return this; }
    public Builder device(String v) { device = v; return this; }
    public Builder headed(boolean v) { headed = v; return this; }
    public Builder workers(int v) { workers = v; return this; }
    public Builder baseUrl(String v) { baseUrl = v; return this; }
    public Builder trace(TraceMode v) { trace = v; return this; }
    public Builder dataFile(Path v) { dataFile = v; return this; }
    public Builder screenshots(boolean v) { screenshots = v; return this; }
    public Builder argusHome(Path v) { argusHome = v; return this; }
    public Builder stepTimeout(Duration v) { stepTimeout = v; return this; }
    public Builder testTimeout(Duration v) { testTimeout = v; return this; }
    public Builder browser(String v) { browser = v; return this; }
    public Builder chromedriver(Path v) { chromedriver = v; return this; }
    public Builder projectId(Long v) { projectId = v; return this; }
    public Builder refreshBaselines(boolean v) { refreshBaselines = v; return this; }
    public Builder heal(HealMode v) { heal = v; return this; }

    public RunOptions build() {
      return new RunOptions(backend, grid, device, headed, workers, baseUrl, trace, dataFile, screenshots,
          artifactsDir, argusHome, stepTimeout, testTimeout, browser, chromedriver, projectId, refreshBaselines, heal);
    }
  }
}
