package com.argus.engine.locate;

import com.argus.engine.ArgusException;

/**
 * An {@code argus locate} input that cannot be read at all (as opposed to one bad line of a batch,
 * which is reported and skipped). The message names the file and line.
 *
 * <p>Immutable.
 */
public class LocateInputException extends ArgusException {
  public LocateInputException(String userMessage) {
    super(userMessage);
  }

  public LocateInputException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }
}
