package com.argus.recorder.convert;

import com.argus.engine.spec.Step;

/**
 * A change to the recorded step list: a step added, replaced (a fill whose value grew, a click that
 * turned out to open a popup) or removed (a click that only focused the field filled next).
 * Indexes are positions in the list after the change.
 *
 * <p>Immutable.
 */
public sealed interface StepChange {
  int index();

  Step step();

  /** {@code step} now stands at {@code index}; later steps moved one down. */
  record Added(int index, Step step) implements StepChange {}

  /** The step at {@code index} is now {@code step} (same id). */
  record Replaced(int index, Step step) implements StepChange {}

  /** {@code step} was removed from {@code index}; later steps moved one up. */
  record Removed(int index, Step step) implements StepChange {}
}
