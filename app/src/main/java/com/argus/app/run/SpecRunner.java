package com.argus.app.run;

import com.argus.app.common.SpecRef;
import com.argus.engine.run.RunRecord;
import java.util.function.BooleanSupplier;

/**
 * What the run screen needs from the replay engine: run a spec with options, reporting each step as
 * it happens. {@link ReplaySpecRunner} adapts the engine's runner to it; without one the screen
 * shows the run history from the store and explains why Run is off.
 *
 * <p>{@link #run} blocks until the run ends and is called on a worker thread; listener calls come
 * on worker threads.
 */
public interface SpecRunner {
  /**
   * Runs the spec (each of its data rows, when it has them) and stores the results.
   *
   * @param cancelled polled while the run goes; once true, no further step starts
   * @return the stored run: the first that did not pass, else the last
   */
  RunRecord run(SpecRef spec, RunOptions options, Listener listener, BooleanSupplier cancelled);

  /** How the run goes: backend, device, heal mode, parallel workers. */
  record RunOptions(String backend, String device, String healMode, int workers) {}

  /** Live progress of a run. */
  interface Listener {
    /** A test (the spec, or one data row of it) starts: the steps shown so far belong to the one before. */
    default void testStarted(String name) {}

    void stepStarted(int index, String stepId, String title);

    /** A step ended; its screenshot, when it has one, is on disk already. */
    void stepFinished(StepLive step);
  }
}
