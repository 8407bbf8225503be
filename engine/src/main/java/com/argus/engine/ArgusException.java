package com.argus.engine;

/**
 * The engine's one unchecked exception: it carries a message for the person using Argus apart from
 * the technical detail, so the command line and the workbench can show the first and log the second.
 *
 * <p>Immutable; safe to pass between threads.
 */
public class ArgusException extends RuntimeException {
  private final String userMessage;

  public ArgusException(String userMessage) {
    this(userMessage, userMessage, null);
  }

  public ArgusException(String userMessage, Throwable cause) {
    this(userMessage, cause == null ? userMessage : userMessage + " (" + cause + ")", cause);
  }

  public ArgusException(String userMessage, String technicalMessage, Throwable cause) {
    super(technicalMessage, cause);
    this.userMessage = userMessage;
  }

  /** What to tell the user: what went wrong, where, and what to do. Never a stack trace. */
  public String userMessage() {
    return userMessage;
  }
}
