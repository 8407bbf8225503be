package com.argus.engine.locate;

/**
 * A candidate's place in a relocation.
 *
 * @param index the candidate's position in the list given to the relocator
 * @param score its similarity to the target, 0..1
 * @param breakdown the per-property scores; present for the best candidate and the runner-up
 *
 * <p>Immutable.
 */
public record RankedCandidate(int index, double score, ScoreBreakdown breakdown) {}
