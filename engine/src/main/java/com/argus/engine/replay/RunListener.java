package com.argus.engine.replay;

import com.argus.engine.spec.Step;

/**
 * Live events of a run, for the workbench's run view and the command line's progress output.
 * Every method has a default so a listener implements only what it shows.
 *
 * <p>Called on worker threads, several at once when workers &gt; 1: implementations must be
 * thread-safe and quick (hop to the UI thread, don't block). An exception thrown by a listener is
 * logged and ignored.
 */
public interface RunListener {
  RunListener NONE = new RunListener() {};

  default void suiteStarted(int testCount) {}

  default void testStarted(TestInfo test) {}

  default void stepStarted(TestInfo test, int index, Step step) {}

  /** After the step's screenshot is written; {@code result.screenshot()} may be shown at once. */
  default void stepFinished(TestInfo test, StepResult result) {}

  default void testFinished(TestResult result) {}

  default void suiteFinished(SuiteResult result) {}
}
