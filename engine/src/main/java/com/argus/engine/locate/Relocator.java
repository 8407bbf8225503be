package com.argus.engine.locate;

import com.argus.engine.locate.internal.Features;
import com.argus.engine.locate.internal.PageContext;
import com.argus.engine.spec.ElementFingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Finds a changed element on a new page: scores every candidate against the target fingerprint
 * with a {@link SimilarityScorer}, ranks them and decides whether the best may be applied
 * automatically ({@link Decision}). Live healing and {@code argus locate} both go through here, so
 * the heal lab measures exactly what runs.
 *
 * <p>Immutable; thread-safe.
 */
public final class Relocator {
  private final SimilarityScorer scorer;
  private final RelocationSettings settings;

  public Relocator(SimilarityWeights weights, RelocationSettings settings) {
    this.scorer = new SimilarityScorer(weights);
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** With the tuned default weights and thresholds. */
  public static Relocator withDefaults() {
    return new Relocator(SimilarityWeights.defaults(), RelocationSettings.DEFAULTS);
  }

  public RelocationSettings settings() {
    return settings;
  }

  public SimilarityWeights weights() {
    return scorer.weights();
  }

  public Relocation relocate(ElementFingerprint target, List<ElementFingerprint> candidates) {
    return relocate(target, candidates, i -> true);
  }

  /**
   * Relocates among the candidates {@code allowed} accepts (e.g. leaving out fixes a person has
   * rejected); the others are not scored and cannot win.
   */
  public Relocation relocate(ElementFingerprint target, List<ElementFingerprint> candidates, IntPredicate allowed) {
    Objects.requireNonNull(target, "target");
    Features t = new Features(target);
    int n = candidates.size();
    Features[] features = new Features[n];
    java.util.Set<Features.Part> needed = scorer.needed(t);
    int scored = 0;
    java.util.Map<String, java.util.Set<String>> records = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      if (allowed.test(i)) {
        features[i] = new Features(candidates.get(i), needed, records);
        scored++;
      }
    }
    // What the page says about the target's words: rare neighbour words, repeated text.
    PageContext ctx = PageContext.of(t, features);
    double[] weights = scorer.weightsFor(ctx);
    double[] scratch = new double[FingerprintProperty.values().length];
    // A bounded insertion list: the top few are all a result keeps, so no full sort.
    int keep = settings.keep();
    int[] topIndex = new int[keep];
    double[] topScore = new double[keep];
    int size = 0;
    // Candidates that read exactly like the target: the evidence the ambiguity rules need.
    String targetName = t.readName();
    int sameName = 0;
    int firstSameName = -1;
    for (int i = 0; i < n; i++) {
      Features f = features[i];
      if (f == null) {
        continue;
      }
      if (targetName != null && targetName.equals(f.readName())) {
        if (sameName++ == 0) {
          firstSameName = i;
        }
      }
      double s = scorer.total(t, f, scratch, ctx, weights);
      if (size < keep || s > topScore[size - 1]) {
        int pos = size < keep ? size++ : keep - 1;
        while (pos > 0 && topScore[pos - 1] < s) {
          topScore[pos] = topScore[pos - 1];
          topIndex[pos] = topIndex[pos - 1];
          pos--;
        }
        topScore[pos] = s;
        topIndex[pos] = i;
      }
    }
    List<RankedCandidate> ranked = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      ScoreBreakdown breakdown = k < 2 ? scorer.breakdown(t, features[topIndex[k]], ctx, weights) : null;
      ranked.add(new RankedCandidate(topIndex[k], round(topScore[k]), breakdown));
    }
    Relocation r = decide(ranked, scored);
    if (r.decision() == Decision.NONE) {
      return r;
    }
    Features best = features[topIndex[0]];
    String doubt = r.decision() == Decision.AUTO ? lookAlikeDoubt(t, best, sameName, firstSameName, topIndex[0], ctx) : null;
    if (r.decision() == Decision.AUTO && doubt == null) {
      return r;
    }
    boolean sameFamily = t.roleFamily == null || best.roleFamily == null || t.roleFamily.equals(best.roleFamily);
    // Not when another candidate still reads exactly like the target: which of the two is "the"
    // element is a person's call even if the reworded one kept the id.
    boolean otherReadsLikeTarget = sameName > 0 && !Objects.equals(t.readName(), best.readName());
    if (sameFamily && !otherReadsLikeTarget && ctx.uniqueIdentifier(t, best) && r.best().orElseThrow().score() >= IDENTIFIED_AUTO
        && Math.round(r.margin() * 10000) >= Math.round(settings.minMargin() * 10000)) {
      // The one candidate that kept the target's test id (or id): identity, whatever else the
      // release renamed. A removed original leaves no candidate with it, so this cannot pick a sibling.
      String which = t.testid != null && t.testid.equals(best.testid) ? "test id \"" + t.testid + "\"" : "id \"" + t.id + "\"";
      return new Relocation(ranked, scored, Decision.AUTO, String.format(Locale.ROOT,
          "score %.2f, and the best is the only candidate that kept the target's %s; it leads the runner-up by %.2f",
          r.best().orElseThrow().score(), which, r.margin()));
    }
    return doubt == null ? r : new Relocation(ranked, scored, Decision.REVIEW, doubt);
  }

  /**
   * Neighbour-text likeness (or, without neighbours, closeness on the page) at which a candidate
   * counts as standing where the target stood. Calibrated on the training half of bench/healing.
   */
  static final double SAME_PLACE = 0.5;

  /**
   * Likeness of record texts (words counted by rarity) under which, without an identifier of the
   * target left, the best candidate is taken to sit in another table row, list item or card: the
   * same "Reply" under another comment. Calibrated on the training half of bench/healing.
   */
  static final double SAME_RECORD = 0.4;

  /**
   * The score from which the only candidate that kept the target's test id (or id) is applied
   * automatically, although it is under the auto threshold or a look-alike rule doubts it: the
   * renamed, rewrapped field that still carries its test id. Calibrated on the training half of
   * bench/healing (0.5 to 0.6 added the same 18 right heals and no wrong one, measured before the
   * unique-identifier weight).
   */
  static final double IDENTIFIED_AUTO = 0.6;

  /**
   * Without an identifier of the target left (test id, id, name), the best candidate must stand
   * where the target stood at least this much (neighbour words counted by rarity, or closeness on
   * the page): the same text somewhere else is a sibling as often as it is the element. Calibrated
   * on the training half of bench/healing.
   */
  static final double PLACE_WITHOUT_IDENTIFIER = 0.6;

  /**
   * Why an automatic heal would be a guess although the score and the margin allow it; null when
   * there is no doubt. Situations the margin does not see:
   *
   * <ul>
   *   <li>the best candidate has another role family than the target (a button for a heading);
   *   <li>none of the target's identifiers is left on the best candidate and it does not stand
   *       where the target stood ({@link #PLACE_WITHOUT_IDENTIFIER});
   *   <li>the best candidate reads differently from the target at all: an edited original and an
   *       edited look-alike left where a removed original stood cannot be told apart;
   *   <li>the best candidate reads differently from the target while another candidate on the page
   *       still reads exactly like it (a text edited next to an unedited look-alike: which one is
   *       "the" element is a person's call);
   *   <li>the best candidate reads like the target, but so does another candidate (repeated
   *       content: "Read more", "Delete" in every row) and the best does not stand where the target
   *       stood (other neighbours): the original may be gone and this is a sibling of it.
   * </ul>
   */
  private static String lookAlikeDoubt(Features t, Features best, int sameName, int firstSameName, int bestIndex, PageContext ctx) {
    if (t.roleFamily != null && best.roleFamily != null && !t.roleFamily.equals(best.roleFamily)) {
      return String.format(Locale.ROOT, "the best candidate is a %s where the target was a %s", best.effectiveRole, t.effectiveRole);
    }
    if (!SimilarityScorer.sameIdentifier(t, best)) {
      double place = SimilarityScorer.context(t, best, ctx);
      if (place < PLACE_WITHOUT_IDENTIFIER) {
        return String.format(Locale.ROOT,
            "none of the target's identifiers is left and the best one's surroundings differ from the target's (%.2f)", place);
      }
    }
    if (!SimilarityScorer.sameIdentifier(t, best) && t.recordWords != null && best.recordWords != null) {
      double record = ctx.rareWordDice(t.recordWords, best.recordWords);
      if (record < SAME_RECORD) {
        return String.format(Locale.ROOT,
            "the best candidate belongs to another row, list item or card than the target did (likeness %.2f)", record);
      }
    }
    String name = t.readName();
    if (name == null) {
      if (best.readName() != null) {
        // A header cell or icon that read nothing now reads something: another element took its place.
        return String.format(Locale.ROOT, "the target read no text and the best candidate reads \"%s\"", best.readName());
      }
      return null;
    }
    if (!name.equals(best.readName())) {
      if (sameName > 0) {
        return String.format(Locale.ROOT,
            "ambiguous: the best candidate reads \"%s\" but candidate #%d still reads \"%s\" like the target",
            best.readName(), firstSameName, name);
      }
      // An edited original and an edited look-alike standing in for a removed original look the
      // same from here; a person confirms the new wording once, the knowledge base then applies it.
      return String.format(Locale.ROOT, "the text changed from \"%s\" to \"%s\": a person confirms renamed elements",
          name, best.readName());
    }
    if (sameName > 1) {
      double place = SimilarityScorer.context(t, best);
      if (place < SAME_PLACE) {
        return String.format(Locale.ROOT,
            "ambiguous: %d candidates read \"%s\" and the best one's surroundings differ from the target's (%.2f)",
            sameName, name, place);
      }
    }
    return null;
  }

  private Relocation decide(List<RankedCandidate> ranked, int scored) {
    if (ranked.isEmpty()) {
      return new Relocation(ranked, scored, Decision.NONE, "no candidates on the page");
    }
    double best = ranked.get(0).score();
    double runnerUp = ranked.size() > 1 ? ranked.get(1).score() : 0;
    double margin = best - runnerUp;
    if (best < settings.minPlausible()) {
      return new Relocation(ranked, scored, Decision.NONE,
          String.format(Locale.ROOT, "best score %.2f is below the plausible minimum %.2f", best, settings.minPlausible()));
    }
    if (best < settings.autoThreshold()) {
      return new Relocation(ranked, scored, Decision.REVIEW,
          String.format(Locale.ROOT, "best score %.2f is below the auto threshold %.2f", best, settings.autoThreshold()));
    }
    // Margins are compared on rounded scores so that the printed figures explain the decision.
    if (Math.round(margin * 10000) < Math.round(settings.minMargin() * 10000)) {
      return new Relocation(ranked, scored, Decision.REVIEW,
          String.format(Locale.ROOT, "ambiguous: runner-up #%d scores %.2f, within %.2f of the best %.2f",
              ranked.get(1).index(), runnerUp, settings.minMargin(), best));
    }
    return new Relocation(ranked, scored, Decision.AUTO,
        String.format(Locale.ROOT, "score %.2f reaches the auto threshold %.2f and leads the runner-up by %.2f",
            best, settings.autoThreshold(), margin));
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
