package com.argus.app.run;

import com.argus.app.common.SpecRef;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunStatus;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What the run screen needs to run specs: one spec, a folder of them or a whole project with the
 * screen's choices, reporting each step as it happens. {@link ServiceRunPort} adapts the {@link
 * com.argus.app.service.RunService} that {@code argus run} uses too; without one the screen shows
 * the run history from the store and explains why Run is off.
 *
 * <p>{@link #run} blocks until the run ends and is called on a worker thread; listener calls come
 * on worker threads (several at once with more than one worker).
 */
public interface RunPort {
  /**
   * Runs the specs (each of their data rows, when they have them) and stores the results.
   *
   * @param cancelled polled while the run goes; once true, no further step starts
   */
  Outcome run(List<SpecRef> specs, Choices choices, Listener listener, BooleanSupplier cancelled);

  /** What the screen lets a person choose: backend, device, heal mode, parallel workers. */
  record Choices(String backend, String device, String healMode, int workers) {}

  /**
   * The stored runs, one per test, in the order they were started.
   *
   * @param cancelled whether the user stopped the run before it ended
   * @param notRun specs of a folder or project that could not be read, each "key: why"; the
   *     others ran
   */
  record Outcome(List<RunRecord> runs, long durationMs, boolean cancelled, List<String> notRun) {
    public Outcome {
      runs = List.copyOf(runs);
      notRun = notRun == null ? List.of() : List.copyOf(notRun);
    }

    public Outcome(List<RunRecord> runs, long durationMs, boolean cancelled) {
      this(runs, durationMs, cancelled, List.of());
    }

    public long count(RunStatus status) {
      return runs.stream().filter(r -> r.status() == status).count();
    }

    /** The run to show first: the first that did not pass, else the last. */
    public RunRecord shown() {
      return runs.stream().filter(r -> r.status() != RunStatus.PASSED).findFirst()
          .orElse(runs.isEmpty() ? null : runs.get(runs.size() - 1));
    }
  }

  /** Live progress of a run. */
  interface Listener {
    /** A test (a spec, or one data row of it) starts. */
    default void testStarted(long runId, String name) {}

    void stepStarted(StepLive step);

    /** A step ended; its screenshot, when it has one, is on disk already. */
    void stepFinished(StepLive step);
  }
}
