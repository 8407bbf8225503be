package com.argus.recorder.capture;

import com.argus.engine.ArgusException;

/**
 * Starting, attaching to or driving the recording browser failed: a message for the person
 * recording (no browser found, the CDP endpoint did not answer ...) apart from the technical detail.
 * Its own type so that capture does not depend on the session facade above it.
 *
 * <p>Immutable; safe to pass between threads.
 */
public class CaptureException extends ArgusException {
  public CaptureException(String userMessage) {
    super(userMessage);
  }

  public CaptureException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }
}
