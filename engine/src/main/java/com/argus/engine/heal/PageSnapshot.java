package com.argus.engine.heal;

import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Locator;
import java.util.List;
import java.util.Optional;

/**
 * What healing needs from the page the step failed on. The replay side implements it over a
 * browser session (one thread, like the session); tests implement it over plain lists.
 *
 * <p>Implementations are used from the thread that runs the step; they need not be thread-safe.
 */
public interface PageSnapshot {
  /** The page's URL now. */
  String url();

  /** How many elements the locator matches now (0 when none). */
  int count(Locator locator);

  /** The fingerprint of the one element the locator matches; empty when it matches none or several. */
  Optional<ElementFingerprint> describe(Locator locator);

  /** Every candidate element of the page (visible elements), fingerprinted; indices are stable for this snapshot. */
  List<ElementFingerprint> candidates();

  /** A new, robust locator for candidate {@code index} (best strategy first, as the recorder would write it). */
  Locator locatorFor(int index);
}
