package com.argus.app.record;

import com.argus.engine.project.ProjectSettings;
import com.argus.engine.spec.DevicePreset;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.recorder.RecordingListener;
import com.argus.recorder.RecordingOptions;
import com.argus.recorder.RecordingSession;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The record screen's {@link Recorder} on the recorder module's {@link RecordingSession}, the same
 * one {@code argus record} uses. Assert mode is the recording page's assert toolbar.
 *
 * <p>Thread-safe: sessions are independent; the most recent one is kept for {@link #current()}.
 */
public final class SessionRecorder implements Recorder {
  private final boolean headless;
  private final AtomicReference<RecordingSession> current = new AtomicReference<>();

  /**
   * @param headless record without a window (tests); a person recording wants false
   */
  public SessionRecorder(boolean headless) {
    this.headless = headless;
  }

  @Override
  public Session start(String url, String device, String cdpEndpoint, ProjectSettings settings, Listener listener) {
    RecordingOptions options = RecordingOptions.forProject(url, settings).withHeadless(headless);
    if (device != null && !device.isBlank() && !device.equals("desktop")) {
      options = options.withDevice(DevicePreset.find(device).orElseThrow(() ->
          new IllegalArgumentException("Unknown device '" + device + "'; expected one of " + DevicePreset.names())));
    }
    if (cdpEndpoint != null && !cdpEndpoint.isBlank()) {
      options = options.withCdpEndpoint(cdpEndpoint.strip());
    }
    RecordingSession session = RecordingSession.start(options, new Forward(listener));
    current.set(session);
    return new Session() {
      private boolean assertMode;

      @Override
      public synchronized void setAssertMode(boolean on) {
        if (on != assertMode && !session.isEnded()) {
          session.toggleAssertToolbar();
          assertMode = on;
        }
      }

      @Override
      public TestSpec stop(String specName) {
        TestSpec spec = session.stop();
        return specName == null || specName.isBlank() ? spec : spec.withName(specName);
      }
    };
  }

  /** The latest recording, for tests and tools that drive the recorded page. */
  public Optional<RecordingSession> current() {
    return Optional.ofNullable(current.get());
  }

  private record Forward(Listener listener) implements RecordingListener {
    @Override
    public void stepAdded(int index, Step step) {
      listener.added(index, step);
    }

    @Override
    public void stepReplaced(int index, Step step) {
      listener.replaced(index, step);
    }

    @Override
    public void stepRemoved(int index, Step step) {
      listener.removed(index);
    }

    @Override
    public void recordingEnded(TestSpec spec) {
      listener.ended();
    }
  }
}
