package com.argus.recorder;

import com.argus.engine.ArgusException;

/**
 * The recorder's unchecked exception: a message for the person recording (no browser found, the
 * CDP endpoint did not answer ...) apart from the technical detail.
 *
 * <p>Immutable; safe to pass between threads.
 */
public class RecorderException extends ArgusException {
  public RecorderException(String userMessage) {
    super(userMessage);
  }

  public RecorderException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }
}
