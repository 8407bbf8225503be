package com.argus.recorder;

import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;

/**
 * Follows a recording as it happens: every change to the step list the moment it is recorded,
 * then the end. Indexes are positions in the step list after the change.
 *
 * <p>Called on the recorder's browser thread, one call at a time, in order. Implementations must
 * return quickly and must not call back into the session's blocking methods; a GUI hops to its own
 * thread (e.g. {@code Platform.runLater}). An exception thrown here is logged and the recording goes on.
 */
public interface RecordingListener {
  /** A new step at {@code index}; steps from there on moved one down. */
  void stepAdded(int index, Step step);

  /** The step at {@code index} changed (a fill's value grew, a click turned out to open a popup). */
  default void stepReplaced(int index, Step step) {}

  /** The step at {@code index} was dropped (a click that only focused the field filled next). */
  default void stepRemoved(int index, Step step) {}

  /** The recording ended: stopped, window closed or browser gone. {@code spec} is the result. */
  default void recordingEnded(TestSpec spec) {}
}
