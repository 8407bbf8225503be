package com.argus.engine.replay;

import com.argus.engine.ArgusException;

/** An {@code assert} step's expectation did not hold in time. Immutable. */
final class AssertionFailedException extends ArgusException {
  AssertionFailedException(String userMessage) {
    super(userMessage);
  }
}
