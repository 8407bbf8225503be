package com.argus.engine.locate.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the page as a whole says about the words relocation compares: how many candidates carry
 * each neighbour word (so a word next to every element, "a", "with", "Edit", counts less than one
 * next to a single element, "Globex", "flaky"), and how many candidates read exactly like the
 * target (repeated text tells little about which one is meant). Built once per relocation.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class PageContext {
  /** Without a page: every word counts the same, nothing is repeated. */
  public static final PageContext NONE = new PageContext(Map.of(), 0, 1, 0, 0);

  private final Map<String, Integer> neighborFrequency;
  private final int candidates;
  private final int sameName;
  private final int sameTestid;
  private final int sameId;

  private PageContext(Map<String, Integer> neighborFrequency, int candidates, int sameName, int sameTestid, int sameId) {
    this.neighborFrequency = neighborFrequency;
    this.candidates = candidates;
    this.sameName = sameName;
    this.sameTestid = sameTestid;
    this.sameId = sameId;
  }

  /** The context of these candidates (null entries are skipped) for this target. */
  public static PageContext of(Features target, Features[] candidates) {
    Map<String, Integer> df = new HashMap<>();
    int n = 0;
    int same = 0;
    int testids = 0;
    int ids = 0;
    String name = target.readName();
    for (Features c : candidates) {
      if (c == null) {
        continue;
      }
      n++;
      if (name != null && name.equals(c.readName())) {
        same++;
      }
      if (target.testid != null && target.testid.equals(c.testid)) {
        testids++;
      }
      if (target.id != null && target.id.equals(c.id)) {
        ids++;
      }
      if (c.neighborWords != null) {
        for (String w : c.neighborWords) {
          df.merge(w, 1, Integer::sum);
        }
      }
    }
    return new PageContext(df, n, Math.max(1, same), testids, ids);
  }

  /** How many candidates read exactly like the target (at least 1). */
  public int sameName() {
    return sameName;
  }

  /**
   * Whether this candidate is the only one on the page that carries the target's test id, or
   * else its id, unchanged: identity a look-alike or a sibling does not share.
   */
  public boolean uniqueIdentifier(Features target, Features c) {
    return (target.testid != null && sameTestid == 1 && target.testid.equals(c.testid))
        || (target.id != null && sameId == 1 && target.id.equals(c.id));
  }

  /** Inverse document frequency of a neighbour word on this page; 1 without a page. */
  public double neighborWeight(String word) {
    if (candidates == 0) {
      return 1;
    }
    int df = neighborFrequency.getOrDefault(word, 0);
    return Math.log(1.0 + (double) candidates / (1 + df));
  }

  /**
   * Dice of two word sets where each word counts by its rarity on the page: 2 Σ idf(common) /
   * (Σ idf(a) + Σ idf(b)).
   */
  public double rareWordDice(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double common = 0;
    double sumA = 0;
    for (String w : a) {
      double idf = neighborWeight(w);
      sumA += idf;
      if (b.contains(w)) {
        common += idf;
      }
    }
    double sumB = 0;
    for (String w : b) {
      sumB += neighborWeight(w);
    }
    double total = sumA + sumB;
    return total == 0 ? 0 : 2 * common / total;
  }
}
