package com.argus.recorder.convert;

import com.argus.engine.spec.Step;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a recording knows of its secrets without ever being told one: the page's digest of each
 * secret typed (see recorder.js, valueDigest) with its variable's name, and the secret values it
 * saw in clear all the same (typed into a plain field, shown as text by a page), so every step can
 * be cleaned of them. Held in memory for the recording only, as the events that brought them were.
 *
 * <p>Not thread-safe: the converter's one thread uses it.
 */
final class SecretTracker {
  private final ValueDigest digest;
  private final Map<String, String> variablesByDigest = new HashMap<>();
  private final Map<String, String> seenInClear = new LinkedHashMap<>();

  SecretTracker(ValueDigest digest) {
    this.digest = digest;
  }

  /** A secret was typed; true when it is one not known before. */
  boolean learn(String valueDigest, String variable) {
    return valueDigest != null && variablesByDigest.putIfAbsent(valueDigest, variable) == null;
  }

  /** The variable of the secret with this digest, or null. */
  String variableFor(String valueDigest) {
    return valueDigest == null ? null : variablesByDigest.get(valueDigest);
  }

  /** {@code clear} is the value of {@code variable}, seen where it was not a secret. */
  void seen(String clear, String variable) {
    // The page masks what it knew to be secret already; a short value would mask ordinary text.
    if (clear != null && clear.length() >= ValueDigest.MIN_LENGTH && !clear.contains(SecretScrubber.MASK)) {
      seenInClear.putIfAbsent(clear, variable);
    }
  }

  /**
   * Looks for secrets a page showed as text in what {@code step} holds: a word whose digest is a
   * secret's is that secret.
   */
  void findShown(Step step) {
    if (variablesByDigest.isEmpty()) {
      return;
    }
    for (String word : SecretScrubber.words(step)) {
      String variable = variableFor(digest.of(word));
      if (variable != null) {
        seen(word, variable);
      }
    }
  }

  int knownCount() {
    return variablesByDigest.size();
  }

  int seenCount() {
    return seenInClear.size();
  }

  /** {@code step} without the secrets seen in clear (see {@link SecretScrubber#scrub}). */
  Step scrub(Step step) {
    return SecretScrubber.scrub(step, seenInClear);
  }
}
