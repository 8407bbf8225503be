package com.argus.app.record;

import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import java.util.function.Consumer;

/**
 * What the record screen needs from the recorder module: start a session on a URL (or attach to a
 * running Chrome over CDP), stream steps as they are captured, toggle assert mode, stop with the
 * recorded spec. The composition root adapts {@code RecordingSession} to this once it lands.
 *
 * <p>{@link #start} may block while the browser opens (call it on a worker thread); {@code onStep}
 * is called on the recorder's thread.
 */
public interface Recorder {
  Session start(String url, String device, String cdpEndpoint, Consumer<Step> onStep);

  /** A running recording. */
  interface Session {
    void setAssertMode(boolean on);

    /** Stops recording and closes (or detaches from) the browser. */
    TestSpec stop(String specName);
  }
}
