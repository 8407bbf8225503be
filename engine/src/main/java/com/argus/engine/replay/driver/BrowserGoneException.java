package com.argus.engine.replay.driver;

import com.argus.engine.ArgusException;

/**
 * The browser or its session died (crashed, killed, disconnected). Fails the test; the suite goes
 * on with a new session.
 *
 * <p>Immutable.
 */
public class BrowserGoneException extends ArgusException {
  public BrowserGoneException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }
}
