package com.argus.engine.locate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How alike one property of a candidate is to the target's.
 *
 * @param property which property
 * @param similarity 0 (nothing alike, or missing on the candidate) to 1 (the same)
 * @param weight the property's weight
 * @param contribution its share of the normalised score: weight × similarity / sum of weights
 */
@JsonPropertyOrder({"property", "similarity", "weight", "contribution"})
public record PropertyScore(FingerprintProperty property, double similarity, double weight, double contribution) {}
