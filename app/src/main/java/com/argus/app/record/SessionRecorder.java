package com.argus.app.record;

import com.argus.app.service.RecordService;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.recorder.RecordingListener;
import com.argus.recorder.RecordingSession;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The record screen's {@link Recorder} on the recorder module's {@link RecordingSession}, started by
 * the {@link RecordService} {@code argus record} uses. Assert mode is the recording page's assert toolbar.
 *
 * <p>Thread-safe: sessions are independent; the most recent one is kept for {@link #current()}.
 */
public final class SessionRecorder implements Recorder {
  private final RecordService service;
  private final boolean headless;
  private final AtomicReference<RecordingSession> current = new AtomicReference<>();

  /**
   * @param service opens the browser with the project's recording options
   * @param headless record without a window (tests); a person recording wants false
   */
  public SessionRecorder(RecordService service, boolean headless) {
    this.service = service;
    this.headless = headless;
  }

  @Override
  public Session start(RecordService.Request request, Listener listener) {
    RecordingSession session = service.start(headless ? request.withHeadless(true) : request, new Forward(listener));
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
      public TestSpec stop() {
        return session.stop();
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
