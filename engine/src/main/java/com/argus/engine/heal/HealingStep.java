package com.argus.engine.heal;

/**
 * One step of the {@link HealingPipeline}: takes the attempt so far and returns the next. A step
 * that has nothing to add returns its input (with a trace line).
 *
 * <p>Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface HealingStep {
  HealAttempt apply(HealAttempt attempt);
}
