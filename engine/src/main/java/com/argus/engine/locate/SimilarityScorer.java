package com.argus.engine.locate;

import com.argus.engine.locate.internal.Features;
import com.argus.engine.locate.internal.PageContext;
import com.argus.engine.locate.internal.Similarities;
import com.argus.engine.spec.ElementFingerprint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores how alike a candidate element is to a target element: the weighted mean of per-property
 * similarities over the properties the target has. Exact match for identifiers (tag, id, name,
 * type, role, test id, is-button); edit distance and word overlap for texts, URLs and class names;
 * step-wise edit distance for XPaths and the ancestor chain; decay with distance for position and
 * with ratio for size and shape. In {@link #scoreAll} and in {@link Relocator}, the page the
 * candidates make up counts too: neighbour words count by their rarity on the page, and the text a
 * person reads counts less when several candidates read exactly like the target.
 *
 * <p>Immutable; thread-safe.
 */
public final class SimilarityScorer {
  private static final FingerprintProperty[] PROPERTIES = FingerprintProperty.values();
  /** Pixels at which the location similarity has halved; a typical layout shift. */
  private static final double LOCATION_HALF_DISTANCE = 150;

  /** A tag swapped for a related one (a to button, h2 to h3). */
  private static final double RELATED_TAG = 0.5;

  private final SimilarityWeights weights;
  private final double[] weightArray;

  public SimilarityScorer(SimilarityWeights weights) {
    this.weights = Objects.requireNonNull(weights, "weights");
    this.weightArray = new double[PROPERTIES.length];
    for (FingerprintProperty p : PROPERTIES) {
      weightArray[p.ordinal()] = weights.weight(p);
    }
  }

  public SimilarityWeights weights() {
    return weights;
  }

  /** The score with its breakdown, without page context (every word counts the same). */
  public ScoreBreakdown score(ElementFingerprint target, ElementFingerprint candidate) {
    return breakdown(new Features(target), new Features(candidate), PageContext.NONE, weightArray);
  }

  /**
   * Every candidate's score with its breakdown, in the context of the page the candidates make up
   * (rare neighbour words count more; repeated text counts less), as {@link Relocator} scores
   * them. For tuning and explaining; relocation itself does not allocate breakdowns.
   */
  public List<ScoreBreakdown> scoreAll(ElementFingerprint target, List<ElementFingerprint> candidates) {
    Features t = new Features(target);
    Features[] fs = new Features[candidates.size()];
    for (int i = 0; i < fs.length; i++) {
      fs[i] = new Features(candidates.get(i));
    }
    PageContext ctx = PageContext.of(t, fs);
    double[] w = weightsFor(ctx);
    List<ScoreBreakdown> out = new ArrayList<>(fs.length);
    for (Features f : fs) {
      out.add(breakdown(t, f, ctx, w));
    }
    return out;
  }

  /**
   * Which costly parts a relocation of this target compares: those whose property has a weight
   * (counting the unique-identifier weights) and a value on the target. Candidates need prepare no
   * more.
   */
  Set<Features.Part> needed(Features target) {
    Set<Features.Part> out = EnumSet.allOf(Features.Part.class);
    for (Features.Part part : Features.Part.values()) {
      FingerprintProperty p = FingerprintProperty.valueOf(part.name());
      double w = Math.max(weightArray[p.ordinal()], p == FingerprintProperty.ID ? UNIQUE_ID_WEIGHT
          : p == FingerprintProperty.TESTID ? UNIQUE_TESTID_WEIGHT : 0);
      if (w <= 0 || Double.isNaN(similarity(p, target, target, PageContext.NONE))) {
        out.remove(part);
      }
    }
    return out;
  }

  /**
   * The weights for one relocation: an id or test id that exactly one candidate kept counts more.
   * (Text repeated in every row used to count less here, by 1/sqrt(k); since record_text tells
   * the rows apart and the benchmark changes templates in every row alike, the discount only lost
   * hits: docs/healing.md.)
   */
  double[] weightsFor(PageContext ctx) {
    if (!ctx.uniqueId() && !ctx.uniqueTestid()) {
      return weightArray;
    }
    double[] w = weightArray.clone();
    if (ctx.uniqueId()) {
      w[FingerprintProperty.ID.ordinal()] = Math.max(w[FingerprintProperty.ID.ordinal()], UNIQUE_ID_WEIGHT);
    }
    if (ctx.uniqueTestid()) {
      w[FingerprintProperty.TESTID.ordinal()] = Math.max(w[FingerprintProperty.TESTID.ordinal()], UNIQUE_TESTID_WEIGHT);
    }
    return w;
  }

  /**
   * The weight of an id (or test id) that exactly one candidate still carries: a value unique on
   * the page is the rarest evidence there is (the idea of VON Similo's "unique match"). Chosen on
   * the tuning half: top-1 rises up to 10 and stays flat after.
   */
  static final double UNIQUE_ID_WEIGHT = 10;

  static final double UNIQUE_TESTID_WEIGHT = 10;

  ScoreBreakdown breakdown(Features target, Features candidate, PageContext ctx, double[] w) {
    double[] sims = new double[PROPERTIES.length];
    double total = fill(target, candidate, sims, ctx, w);
    // Per candidate: a blank target's visible text counts only against candidates that show text.
    double weightSum = 0;
    for (FingerprintProperty p : PROPERTIES) {
      if (!Double.isNaN(sims[p.ordinal()]) && w[p.ordinal()] > 0) {
        weightSum += w[p.ordinal()];
      }
    }
    List<PropertyScore> parts = new ArrayList<>();
    for (FingerprintProperty p : PROPERTIES) {
      double s = sims[p.ordinal()];
      double wp = w[p.ordinal()];
      if (!Double.isNaN(s) && wp > 0) {
        parts.add(new PropertyScore(p, round(s), round(wp), round(wp * s / weightSum)));
      }
    }
    return new ScoreBreakdown(total, parts);
  }

  /** The normalised score alone, without allocating a breakdown. */
  double total(Features target, Features candidate, double[] scratch, PageContext ctx, double[] w) {
    return fill(target, candidate, scratch, ctx, w);
  }

  private double fill(Features t, Features c, double[] sims, PageContext ctx, double[] weights) {
    double sum = 0;
    double weightSum = 0;
    for (FingerprintProperty p : PROPERTIES) {
      double w = weights[p.ordinal()];
      double s = w > 0 ? similarity(p, t, c, ctx) : Double.NaN;
      sims[p.ordinal()] = s;
      if (!Double.isNaN(s)) {
        sum += w * s;
        weightSum += w;
      }
    }
    return weightSum == 0 ? 0 : sum / weightSum;
  }

  /**
   * NaN when the target lacks the property: absent evidence neither helps nor hurts. One
   * exception: a target that showed no text against a candidate that shows some (an empty avatar
   * cell against the name cell next to it) differs in what a person sees, so that scores 0.
   */
  static double similarity(FingerprintProperty p, Features t, Features c, PageContext ctx) {
    return switch (p) {
      case TAG -> t.tag == null ? Double.NaN : t.tag.equals(c.tag) ? 1 : t.tagFamily.equals(c.tagFamily) ? RELATED_TAG : 0;
      case ID -> id(t, c);
      case NAME -> exact(t.name, c.name);
      case TYPE -> exact(t.type, c.type);
      case ROLE -> role(t, c);
      case TESTID -> exact(t.testid, c.testid);
      case ARIA_LABEL -> text(t.ariaLabel, c.ariaLabel);
      case ACCESSIBLE_NAME -> text(t.accessibleName, c.accessibleName);
      case TEXT -> text(t.text, c.text);
      case VISIBLE_TEXT -> t.visibleText == null ? (c.visibleText == null ? Double.NaN : 0) : text(t.visibleText, c.visibleText);
      case VALUE -> text(t.value, c.value);
      case LABEL -> text(t.label, c.label);
      case PLACEHOLDER -> text(t.placeholder, c.placeholder);
      case TITLE -> text(t.title, c.title);
      case ALT -> text(t.alt, c.alt);
      case HREF -> url(t.href, c.href);
      case SRC -> url(t.src, c.src);
      case CLASS -> classes(t, c);
      case XPATH -> path(t.xpath, c.xpath);
      case IDXPATH -> path(t.idxpath, c.idxpath);
      case LOCATION -> location(t, c);
      case AREA -> area(t, c);
      case SHAPE -> shape(t, c);
      case IS_BUTTON -> t.isButton == null ? Double.NaN : (t.isButton == Boolean.TRUE.equals(c.isButton) ? 1 : 0);
      case NEIGHBOR_TEXT -> t.neighborWords == null ? Double.NaN : c.neighborWords == null ? 0 : ctx.rareWordDice(t.neighborWords, c.neighborWords);
      case RECORD_TEXT -> t.recordWords == null ? Double.NaN : c.recordWords == null ? 0 : ctx.recordLikeness(t.recordWords, c.recordWords);
      case ANCESTORS -> t.ancestorTags == null ? Double.NaN : c.ancestorTags == null ? 0
          : 0.5 * Similarities.sequence(t.ancestorTags, c.ancestorTags) + 0.5 * Similarities.dice(t.ancestorTokens, c.ancestorTokens);
      case ATTRIBUTES -> t.attributePairs == null ? Double.NaN : c.attributePairs == null ? 0 : Similarities.dice(t.attributePairs, c.attributePairs);
    };
  }

  /**
   * Whether the candidate stands where the target stood: word likeness of the neighbour texts, or
   * closeness on the page when the target has no neighbour text. 0..1.
   */
  static double context(Features t, Features c) {
    return context(t, c, PageContext.NONE);
  }

  /** {@link #context(Features, Features)} with neighbour words counted by their rarity on the page. */
  public static double context(Features t, Features c, PageContext ctx) {
    if (t.neighborWords != null) {
      return c.neighborWords == null ? 0 : ctx.rareWordDice(t.neighborWords, c.neighborWords);
    }
    double loc = location(t, c);
    return Double.isNaN(loc) ? 1 : loc;
  }

  /** Ids renamed by a prefix or suffix ({@code app-login-btn}) keep most of their parts. */
  static final double ID_PARTS = 0.8;
  /** A role swapped within its family: link for button, search box for text box. */
  static final double RELATED_ROLE = 0.8;

  /**
   * Whether the candidate carries one of the target's identifiers unchanged (test id, id, or the
   * id's parts, name): evidence of identity that look-alikes and siblings do not share.
   */
  public static boolean sameIdentifier(Features t, Features c) {
    return (t.testid != null && t.testid.equals(c.testid))
        || (t.id != null && (t.id.equals(c.id) || (!t.idTokens.isEmpty() && t.idTokens.equals(c.idTokens))))
        || (t.name != null && t.name.equals(c.name));
  }

  private static double id(Features t, Features c) {
    if (t.id == null) {
      return Double.NaN;
    }
    if (c.id == null) {
      return 0;
    }
    if (t.id.equals(c.id)) {
      return 1;
    }
    return t.idTokens.isEmpty() || c.idTokens.isEmpty() ? 0 : ID_PARTS * Similarities.dice(t.idTokens, c.idTokens);
  }

  private static double role(Features t, Features c) {
    if (t.roleFamily == null) {
      return Double.NaN;
    }
    if (t.effectiveRole.equals(c.effectiveRole)) {
      return 1;
    }
    return t.roleFamily.equals(c.roleFamily) ? RELATED_ROLE : 0;
  }

  private static double exact(String t, String c) {
    return t == null ? Double.NaN : t.equals(c) ? 1 : 0;
  }

  private static double text(Features.Text t, Features.Text c) {
    return t == null ? Double.NaN : c == null ? 0 : t.similarity(c);
  }

  private static double url(String t, String c) {
    if (t == null) {
      return Double.NaN;
    }
    if (c == null) {
      return 0;
    }
    if (t.equals(c)) {
      return 1;
    }
    return Similarities.editSimilarity(tail(t), tail(c));
  }

  /** URLs share their scheme and host; the comparison is about the rest, kept short. */
  private static String tail(String url) {
    int scheme = url.indexOf("://");
    String s = scheme < 0 ? url : url.substring(scheme + 3);
    int path = s.indexOf('/');
    s = path < 0 ? "" : s.substring(path);
    return s.length() > 96 ? s.substring(0, 96) : s;
  }

  private static double classes(Features t, Features c) {
    if (t.classRaw == null) {
      return Double.NaN;
    }
    if (c.classRaw == null) {
      return 0;
    }
    if (t.classTokens.isEmpty()) {
      // Only generated names: the best we can do is notice they did not change.
      return t.classRaw.equals(c.classRaw) ? 1 : 0;
    }
    return Similarities.dice(t.classTokens, c.classTokens);
  }

  private static double path(List<String> t, List<String> c) {
    return t == null ? Double.NaN : c == null ? 0 : Similarities.sequence(t, c);
  }

  private static double location(Features t, Features c) {
    if (t.x == null || t.y == null) {
      return Double.NaN;
    }
    if (c.x == null || c.y == null) {
      return 0;
    }
    double d = Math.hypot(t.x - c.x, t.y - c.y);
    return LOCATION_HALF_DISTANCE / (LOCATION_HALF_DISTANCE + d);
  }

  private static double area(Features t, Features c) {
    if (t.width == null || t.height == null) {
      return Double.NaN;
    }
    if (c.width == null || c.height == null) {
      return 0;
    }
    return ratio(t.width * t.height, c.width * c.height);
  }

  private static double shape(Features t, Features c) {
    if (t.width == null || t.height == null || t.height <= 0) {
      return Double.NaN;
    }
    if (c.width == null || c.height == null || c.height <= 0) {
      return 0;
    }
    return ratio(t.width / t.height, c.width / c.height);
  }

  private static double ratio(double a, double b) {
    if (a <= 0 && b <= 0) {
      return 1;
    }
    if (a <= 0 || b <= 0) {
      return 0;
    }
    return Math.min(a, b) / Math.max(a, b);
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
