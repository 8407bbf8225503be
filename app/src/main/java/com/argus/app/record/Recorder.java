package com.argus.app.record;

import com.argus.app.service.RecordService;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;

/**
 * What the record screen needs from the recorder module: start a session (or attach to a running
 * Chrome over CDP), follow the step list as it changes, toggle assert mode, stop with the recorded
 * spec. {@link SessionRecorder} adapts {@link RecordService} to it; saving the spec is the
 * service's, whatever recorder produced it.
 *
 * <p>{@link #start} blocks while the browser opens (call it on a worker thread); the listener is
 * called on the recorder's thread.
 */
public interface Recorder {
  /**
   * @param request what to record, with the project whose settings apply (test-id attributes,
   *     locator priority, secret fields, browser)
   */
  Session start(RecordService.Request request, Listener listener);

  /** Changes to the recorded step list; indexes are positions after the change. */
  interface Listener {
    void added(int index, Step step);

    void replaced(int index, Step step);

    void removed(int index);

    /** The person closed the browser window (or the browser went away) without pressing Stop. */
    void ended();
  }

  /** A running recording. */
  interface Session {
    void setAssertMode(boolean on);

    /** Stops recording, closes (or detaches from) the browser, and returns the spec recorded. */
    TestSpec stop();
  }
}
