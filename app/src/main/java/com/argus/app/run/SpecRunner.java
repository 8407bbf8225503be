package com.argus.app.run;

import com.argus.app.common.SpecRef;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.StepResultRecord;

/**
 * What the run screen needs from the replay engine: run a spec with options, reporting each step as
 * it happens. The composition root adapts the engine's runner to this once it lands; until then the
 * screen shows the run history from the store and explains why Run is off.
 *
 * <p>{@link #run} blocks until the run ends and is called on a worker thread; listener calls come
 * on that thread.
 */
public interface SpecRunner {
  /** Runs the spec; returns the stored run. */
  RunRecord run(SpecRef spec, RunOptions options, Listener listener, java.util.function.BooleanSupplier cancelled);

  /** How the run goes: backend, device, heal mode, parallel workers. */
  record RunOptions(String backend, String device, String healMode, int workers) {}

  /** Live progress of a run. */
  interface Listener {
    void stepStarted(int index, String stepId, String title);

    void stepFinished(StepResultRecord result);
  }
}
