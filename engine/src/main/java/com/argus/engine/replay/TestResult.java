package com.argus.engine.replay;

import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One test's run: a spec, or one data row of it. Secrets are already masked.
 *
 * @param name the spec's name, with {@code [row N]} for data rows
 * @param dataRow 0-based row, or -1 for a spec without data rows
 * @param runId the run's id in the {@link com.argus.engine.run.RunRepository}
 * @param trace the Playwright trace zip, or null
 */
public record TestResult(
    long runId,
    String name,
    String specKey,
    Path specFile,
    int dataRow,
    String backend,
    String device,
    RunStatus status,
    Instant startedAt,
    long durationMs,
    String error,
    List<StepResult> steps,
    Path trace) {
  public TestResult {
    steps = List.copyOf(steps);
  }

  public boolean passed() {
    return status.isSuccess();
  }

  public long countSteps(StepStatus s) {
    return steps.stream().filter(r -> r.status() == s).count();
  }
}
