package com.argus.engine.locate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How much each {@link FingerprintProperty} counts in a similarity score. A weight of 0 leaves the
 * property out. {@link #defaults()} are the weights tuned on {@code bench/healing}; {@link
 * #similo()} the published Similo weights, kept as the comparison point. Why each default is what
 * it is: docs/healing.md.
 *
 * <p>Immutable; thread-safe.
 */
public record SimilarityWeights(Map<FingerprintProperty, Double> weights) {
  public SimilarityWeights {
    Objects.requireNonNull(weights, "weights");
    EnumMap<FingerprintProperty, Double> copy = new EnumMap<>(FingerprintProperty.class);
    for (FingerprintProperty p : FingerprintProperty.values()) {
      double w = weights.getOrDefault(p, 0.0);
      if (w < 0 || Double.isNaN(w) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weight of " + p.key() + " must be a finite number >= 0: " + w);
      }
      copy.put(p, w);
    }
    weights = Collections.unmodifiableMap(copy);
  }

  /** The weights Similo published: 1.5 for the stable properties, 0.5 for the rest it uses. */
  public static SimilarityWeights similo() {
    EnumMap<FingerprintProperty, Double> m = new EnumMap<>(FingerprintProperty.class);
    for (FingerprintProperty p : FingerprintProperty.values()) {
      m.put(p, p.similoWeight());
    }
    return new SimilarityWeights(m);
  }

  /** The weights Argus uses, tuned on the relocation benchmark (see docs/healing.md). */
  public static SimilarityWeights defaults() {
    EnumMap<FingerprintProperty, Double> m = new EnumMap<>(FingerprintProperty.class);
    m.put(FingerprintProperty.TAG, 0.25);
    m.put(FingerprintProperty.ID, 1.0);
    m.put(FingerprintProperty.NAME, 1.5);
    m.put(FingerprintProperty.CLASS, 0.5);
    m.put(FingerprintProperty.TYPE, 1.0);
    m.put(FingerprintProperty.ROLE, 0.0);
    m.put(FingerprintProperty.ARIA_LABEL, 6.0);
    m.put(FingerprintProperty.ACCESSIBLE_NAME, 4.0);
    m.put(FingerprintProperty.TEXT, 0.0);
    m.put(FingerprintProperty.VISIBLE_TEXT, 5.0);
    m.put(FingerprintProperty.VALUE, 1.5);
    m.put(FingerprintProperty.LABEL, 5.0);
    m.put(FingerprintProperty.PLACEHOLDER, 3.0);
    m.put(FingerprintProperty.TITLE, 0.0);
    m.put(FingerprintProperty.ALT, 0.0);
    m.put(FingerprintProperty.HREF, 0.5);
    m.put(FingerprintProperty.SRC, 4.0);
    m.put(FingerprintProperty.TESTID, 0.0);
    m.put(FingerprintProperty.XPATH, 1.0);
    m.put(FingerprintProperty.IDXPATH, 1.0);
    m.put(FingerprintProperty.LOCATION, 1.0);
    m.put(FingerprintProperty.AREA, 0.25);
    m.put(FingerprintProperty.SHAPE, 0.0);
    m.put(FingerprintProperty.IS_BUTTON, 0.0);
    m.put(FingerprintProperty.NEIGHBOR_TEXT, 0.5);
    m.put(FingerprintProperty.RECORD_TEXT, 2.0);
    m.put(FingerprintProperty.ANCESTORS, 0.0);
    m.put(FingerprintProperty.ATTRIBUTES, 4.0);
    return new SimilarityWeights(m);
  }

  public double weight(FingerprintProperty property) {
    return weights.get(property);
  }

  /** These weights with one changed. */
  public SimilarityWeights with(FingerprintProperty property, double weight) {
    EnumMap<FingerprintProperty, Double> m = new EnumMap<>(weights);
    m.put(property, weight);
    return new SimilarityWeights(m);
  }
}
