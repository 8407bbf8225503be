package com.argus.engine.replay.driver;

import com.argus.engine.spec.ElementFingerprint;

/**
 * What one look for a locator found.
 *
 * @param count how many elements matched
 * @param fingerprint the only element's fingerprint, when captured and exactly one matched
 */
public record Probe(int count, ElementFingerprint fingerprint) {
  public static Probe of(int count) {
    return new Probe(count, null);
  }
}
