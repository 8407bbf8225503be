package com.argus.engine.heal;

/** What the pipeline concluded for one failed step. */
public enum HealOutcome {
  /** A confident fix: may be applied without a person (see {@link HealMode}). */
  HEALED,
  /** A plausible but doubtful fix: a person decides. */
  PROPOSED,
  /** The element is slow, not changed: wait and retry the step as it is. */
  RETRY,
  /** Nothing plausible found, or the failure is a real bug: the step fails. */
  NOT_HEALED,
  /** The step must never be healed (it asserts absence or hidden-ness, or has no element). */
  NOT_HEALABLE
}
