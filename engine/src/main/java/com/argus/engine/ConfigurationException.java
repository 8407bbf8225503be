package com.argus.engine;

/**
 * Argus cannot start the work at all: no browser, an unreachable Selenium Grid, a spec that does
 * not read, a secret without a value. The command line exits 2 on it; nothing was run.
 *
 * <p>Immutable; safe to pass between threads.
 */
public class ConfigurationException extends ArgusException {
  public ConfigurationException(String userMessage) {
    super(userMessage);
  }

  public ConfigurationException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }
}
