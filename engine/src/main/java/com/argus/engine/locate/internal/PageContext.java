package com.argus.engine.locate.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the page as a whole says about the words relocation compares: how many candidates carry
 * each neighbour or record word (so a word next to every element, "a", "with", "Edit", counts less
 * than one next to a single element, "Globex", "flaky"), and how many carry the target's test id
 * and id (a unique one is strong evidence). Built once per relocation.
 *
 * <p>Confined to the relocation it was built for (it memoises record likeness); {@link #NONE} is
 * immutable and thread-safe.
 */
public final class PageContext {
  /** Without a page: every word counts the same, no identifier is unique. */
  public static final PageContext NONE = new PageContext(Map.of(), 0, 0, 0, null, null);

  private final Map<String, Double> neighborIdf;
  private final int candidates;
  private final int sameTestid;
  private final int sameId;

  /** The target's neighbour and record words and the sums of their weights, computed once. */
  private final Set<String> targetWords;
  private final double targetWeight;
  private final Set<String> targetRecordWords;
  private final double targetRecordWeight;
  /** Record likeness by record word set; only in a context of one relocation (never in NONE). */
  private final Map<Set<String>, Double> recordLikeness;

  private PageContext(Map<String, Double> neighborIdf, int candidates, int sameTestid, int sameId,
      Set<String> targetWords, Set<String> targetRecordWords) {
    this.neighborIdf = neighborIdf;
    this.candidates = candidates;
    this.targetWords = targetWords;
    this.targetWeight = weightOf(targetWords);
    this.targetRecordWords = targetRecordWords;
    this.targetRecordWeight = weightOf(targetRecordWords);
    this.recordLikeness = targetRecordWords == null ? null : new java.util.IdentityHashMap<>();
    this.sameTestid = sameTestid;
    this.sameId = sameId;
  }

  /** The context of these candidates (null entries are skipped) for this target. */
  public static PageContext of(Features target, Features[] candidates) {
    Map<String, Integer> df = new HashMap<>();
    Map<Set<String>, Integer> records = new java.util.IdentityHashMap<>();
    int n = 0;
    int testids = 0;
    int ids = 0;
    for (Features c : candidates) {
      if (c == null) {
        continue;
      }
      n++;
      if (target.testid != null && target.testid.equals(c.testid)) {
        testids++;
      }
      if (target.id != null && target.id.equals(c.id)) {
        ids++;
      }
      // Words next to a candidate and words of its record both say where on the page it is; a
      // word in every row's record ("Edit") says little.
      if (c.neighborWords != null) {
        for (String w : c.neighborWords) {
          df.merge(w, 1, Integer::sum);
        }
      }
      if (c.recordWords != null) {
        records.merge(c.recordWords, 1, Integer::sum);
      }
    }
    // Shared record sets (one per table row) are counted once, times the candidates that hold them.
    for (Map.Entry<Set<String>, Integer> e : records.entrySet()) {
      for (String w : e.getKey()) {
        df.merge(w, e.getValue(), Integer::sum);
      }
    }
    // One logarithm per distinct word, not per word and candidate: this runs for every candidate.
    Map<String, Double> idf = new HashMap<>(df.size() * 2);
    for (Map.Entry<String, Integer> e : df.entrySet()) {
      idf.put(e.getKey(), Math.log(1.0 + (double) n / (1 + e.getValue())));
    }
    return new PageContext(idf, n, testids, ids, target.neighborWords, target.recordWords);
  }

  private double weightOf(Set<String> words) {
    double sum = 0;
    if (words != null) {
      for (String w : words) {
        sum += neighborWeight(w);
      }
    }
    return sum;
  }

  /** Whether exactly one candidate carries the target's test id unchanged. */
  public boolean uniqueTestid() {
    return sameTestid == 1;
  }

  /** Whether exactly one candidate carries the target's id unchanged. */
  public boolean uniqueId() {
    return sameId == 1;
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
    Double idf = neighborIdf.get(word);
    return idf != null ? idf : Math.log(1.0 + candidates);
  }

  /**
   * {@link #rareWordDice} of the target's record words and a candidate's, computed once per
   * distinct record (the candidates of one table row share theirs).
   */
  public double recordLikeness(Set<String> target, Set<String> candidate) {
    if (target != targetRecordWords || recordLikeness == null) {
      return rareWordDice(target, candidate);
    }
    Double known = recordLikeness.get(candidate);
    if (known == null) {
      known = rareWordDice(target, candidate);
      recordLikeness.put(candidate, known);
    }
    return known;
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
    boolean cached = a == targetWords || a == targetRecordWords;
    for (String w : a) {
      boolean shared = b.contains(w);
      if (shared || !cached) {
        double idf = neighborWeight(w);
        common += shared ? idf : 0;
        sumA += cached ? 0 : idf;
      }
    }
    if (cached) {
      // The target's words are the same for every candidate: their weight is summed once.
      sumA = a == targetWords ? targetWeight : targetRecordWeight;
    }
    double sumB = 0;
    for (String w : b) {
      sumB += neighborWeight(w);
    }
    double total = sumA + sumB;
    return total == 0 ? 0 : 2 * common / total;
  }
}
