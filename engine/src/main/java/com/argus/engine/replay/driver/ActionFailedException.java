package com.argus.engine.replay.driver;

import com.argus.engine.ArgusException;

/**
 * The page did not let a browser operation happen in time: the element stayed hidden, disabled or
 * covered, a frame or page is missing. Fails the step.
 *
 * <p>Immutable.
 */
public class ActionFailedException extends ArgusException {
  public ActionFailedException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }

  public ActionFailedException(String userMessage) {
    super(userMessage);
  }
}
