package com.argus.engine.replay.driver;

import com.argus.engine.ConfigurationException;

/**
 * Opens browser sessions for one backend. Implementations are thread-safe: parallel workers open
 * their own sessions at once.
 */
public interface BrowserDriverFactory extends AutoCloseable {
  /** A new session; throws {@link ConfigurationException} when no session can start at all. */
  BrowserDriver open(SessionSettings settings);

  /** Releases what the factory shares between sessions (driver services); sessions are closed by their owners. */
  @Override
  default void close() {}
}
