package com.argus.demo;

/**
 * The demo shop could not listen on the port asked for. Its message is written for the user (it
 * names the port and what to do); callers that speak in {@code ArgusException}s wrap it.
 *
 * <p>Immutable; safe to pass between threads.
 */
public class DemoPortTakenException extends RuntimeException {
  private final int port;

  public DemoPortTakenException(int port, Throwable cause) {
    super("Could not start the demo app on port " + port + ": the port may be in use. "
        + "Choose another port, or 0 for any free one.", cause);
    this.port = port;
  }

  /** The port that could not be bound. */
  public int port() {
    return port;
  }
}
