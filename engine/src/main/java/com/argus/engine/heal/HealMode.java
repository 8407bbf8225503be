package com.argus.engine.heal;

import java.util.Locale;
import java.util.Optional;

/**
 * What {@code argus run --heal} does with the pipeline's results.
 *
 * <ul>
 *   <li>{@link #AUTO}: apply {@link HealOutcome#HEALED} heals and go on; record {@link
 *       HealOutcome#PROPOSED} ones as proposals and fail the step. A confident heal that let the
 *       step succeed is written into the spec file (new locator primary, old ones kept lower) unless
 *       the file is read-only, so the next run does not heal again (docs/healing.md).
 *   <li>{@link #REVIEW}: go on with both, mark the test "passed, heals pending review", change no
 *       spec.
 *   <li>{@link #OFF}: the pipeline is not run; the step fails as before.
 * </ul>
 */
public enum HealMode {
  AUTO,
  REVIEW,
  OFF;

  /** The mode named {@code auto}, {@code review} or {@code off} (any case), or empty. */
  public static Optional<HealMode> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
