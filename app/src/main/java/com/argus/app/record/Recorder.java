package com.argus.app.record;

import com.argus.engine.project.ProjectSettings;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;

/**
 * What the record screen needs from the recorder module: start a session on a URL (or attach to a
 * running Chrome over CDP), follow the step list as it changes, toggle assert mode, stop with the
 * recorded spec. {@link SessionRecorder} adapts {@code RecordingSession} to it.
 *
 * <p>{@link #start} blocks while the browser opens (call it on a worker thread); the listener is
 * called on the recorder's thread.
 */
public interface Recorder {
  /**
   * @param device a device preset name, or null / "desktop" for the browser's own window
   * @param cdpEndpoint a running Chromium to attach to, or null to launch one
   * @param settings the project's settings (test-id attributes, locator priority, secret fields,
   *     browser); {@link ProjectSettings#DEFAULTS} without a project
   */
  Session start(String url, String device, String cdpEndpoint, ProjectSettings settings, Listener listener);

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

    /** Stops recording, closes (or detaches from) the browser, and returns the spec so named. */
    TestSpec stop(String specName);
  }
}
