package com.argus.app.service;

import com.argus.engine.heal.HealMode;
import com.argus.engine.project.Project;
import com.argus.engine.replay.Backend;
import com.argus.engine.replay.TraceMode;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to run and how, as both {@code argus run} and the Run screen ask for it. Values are already
 * parsed: the caller turns its own input (options, combo boxes) into these types and says what is
 * wrong with it in its own words.
 *
 * @param specs spec files or folders of them (every {@code *.spec.yaml} below); Chrome Recorder
 *     JSON files given directly
 * @param project the project the specs belong to, or null: a project's specs are keyed by their
 *     path in its specs folder, its heal settings apply and its results are stored under it
 * @param grid a Selenium Grid, or null to run locally
 * @param device a device preset name, or null for the desktop default
 * @param baseUrl the environment to run against, or null for the specs' own base URLs
 * @param dataFile CSV rows for data-driven specs, or null
 *
 * <p>Immutable.
 */
public record RunRequest(
    List<Path> specs,
    Project project,
    Backend backend,
    URI grid,
    String device,
    boolean headed,
    int workers,
    HealMode heal,
    TraceMode trace,
    Path dataFile,
    boolean screenshots,
    String baseUrl) {
  public RunRequest {
    specs = List.copyOf(specs);
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(heal, "heal");
    Objects.requireNonNull(trace, "trace");
    workers = Math.max(1, workers);
    baseUrl = blankToNull(baseUrl);
  }

  /** Starts a request for these specs with the defaults of {@code argus run}. */
  public static Builder of(List<Path> specs) {
    return new Builder(specs);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Collects a request's values; unset ones keep {@code argus run}'s defaults. Not thread-safe. */
  public static final class Builder {
    private final List<Path> specs;
    private Project project;
    private Backend backend = Backend.PLAYWRIGHT;
    private URI grid;
    private String device;
    private boolean headed;
    private int workers = 1;
    private HealMode heal = HealMode.OFF;
    private TraceMode trace = TraceMode.OFF;
    private Path dataFile;
    private boolean screenshots = true;
    private String baseUrl;

    private Builder(List<Path> specs) {
      this.specs = specs;
    }

    public Builder project(Project v) { project = v; return this; }
    public Builder backend(Backend v) { backend = v; return this; }
    public Builder grid(URI v) { grid = v; return this; }
    public Builder device(String v) { device = v; return this; }
    public Builder headed(boolean v) { headed = v; return this; }
    public Builder workers(int v) { workers = v; return this; }
    public Builder heal(HealMode v) { heal = v; return this; }
    public Builder trace(TraceMode v) { trace = v; return this; }
    public Builder dataFile(Path v) { dataFile = v; return this; }
    public Builder screenshots(boolean v) { screenshots = v; return this; }
    public Builder baseUrl(String v) { baseUrl = v; return this; }

    public RunRequest build() {
      return new RunRequest(specs, project, backend, grid, device, headed, workers, heal, trace, dataFile, screenshots,
          baseUrl);
    }
  }
}
