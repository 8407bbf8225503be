package com.argus.engine.secret;

import java.util.Optional;

/**
 * Where secret variables get their values at run time, never from the spec. Implementations are
 * thread-safe.
 */
@FunctionalInterface
public interface SecretsProvider {
  /** The value of the secret variable {@code name}, if it has one. */
  Optional<String> secret(String name);

  /** Where a user would set {@code name}, for the message when it has no value. */
  default String howToSet(String name) {
    return "set it in a secrets provider";
  }

  static SecretsProvider none() {
    return name -> Optional.empty();
  }
}
