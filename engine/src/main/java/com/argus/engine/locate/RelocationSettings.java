package com.argus.engine.locate;

/**
 * When a relocation may be applied without a person.
 *
 * @param autoThreshold the best candidate's score must reach this (0..1) to be applied
 *     automatically
 * @param minMargin and it must beat the runner-up by at least this much; closer than that the
 *     page has look-alikes and the choice is doubtful
 * @param minPlausible below this score no candidate is plausible: the result is {@code none}
 *     rather than a proposal nobody should accept
 * @param keep how many ranked candidates a result keeps (the best and the runner-up always)
 *
 * <p>Immutable.
 */
public record RelocationSettings(double autoThreshold, double minMargin, double minPlausible, int keep) {
  /** Defaults: auto at 0.8 with a 0.1 margin, nothing below 0.35, keep the top 10. */
  public static final RelocationSettings DEFAULTS = new RelocationSettings(0.8, 0.1, 0.35, 10);

  public RelocationSettings {
    check("autoThreshold", autoThreshold);
    check("minMargin", minMargin);
    check("minPlausible", minPlausible);
    if (minPlausible > autoThreshold) {
      throw new IllegalArgumentException("minPlausible (" + minPlausible + ") must not exceed autoThreshold (" + autoThreshold + ")");
    }
    if (keep < 2) {
      throw new IllegalArgumentException("keep must be at least 2: " + keep);
    }
  }

  private static void check(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1: " + v);
    }
  }

  public RelocationSettings withAutoThreshold(double v) {
    return new RelocationSettings(v, minMargin, minPlausible, keep);
  }

  public RelocationSettings withMinMargin(double v) {
    return new RelocationSettings(autoThreshold, v, minPlausible, keep);
  }

  public RelocationSettings withMinPlausible(double v) {
    return new RelocationSettings(autoThreshold, minMargin, v, keep);
  }

  public RelocationSettings withKeep(int v) {
    return new RelocationSettings(autoThreshold, minMargin, minPlausible, v);
  }
}
