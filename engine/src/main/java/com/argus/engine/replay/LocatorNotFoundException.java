package com.argus.engine.replay;

import com.argus.engine.ArgusException;
import java.util.List;

/**
 * No candidate of a step's target matched exactly one element in time. Carries what each
 * candidate matched, for the failure message and the step result.
 *
 * <p>Immutable.
 */
public final class LocatorNotFoundException extends ArgusException {
  private final List<LocatorAttempt> attempts;

  public LocatorNotFoundException(String userMessage, List<LocatorAttempt> attempts) {
    super(userMessage);
    this.attempts = List.copyOf(attempts);
  }

  public List<LocatorAttempt> attempts() {
    return attempts;
  }
}
