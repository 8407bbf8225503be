package com.argus.engine.locate.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The similarity functions relocation is built from; each returns 0 (nothing alike) to 1 (same).
 * Not API: the weights and property list in {@code FingerprintProperty} are what callers tune.
 *
 * <p>Stateless; thread-safe.
 */
public final class Similarities {
  /** Levenshtein is quadratic; past this length word overlap says as much and costs nothing. */
  private static final int MAX_EDIT_LENGTH = 96;

  private Similarities() {}

  /** Lower case, whitespace collapsed, trimmed; null for absent or blank text. */
  public static String normalize(String s) {
    String t = collapse(s);
    return t == null ? null : t.toLowerCase(Locale.ROOT);
  }

  /** Whitespace collapsed and trimmed, case kept; null for absent or blank text. */
  public static String collapse(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  /** The words (runs of letters and digits) of a normalised text. */
  public static Set<String> words(String normalized) {
    Set<String> out = new HashSet<>();
    if (normalized == null) {
      return out;
    }
    int start = -1;
    for (int i = 0; i <= normalized.length(); i++) {
      boolean word = i < normalized.length() && Character.isLetterOrDigit(normalized.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(normalized.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /**
   * Class names split into their parts ({@code btn-primary} gives {@code btn}, {@code primary}),
   * without the generated parts (CSS-in-JS and module hashes such as {@code sc-a8f3k2} or
   * {@code x9Kd2}) that change with every build and so say nothing about identity.
   */
  public static Set<String> classTokens(String classes) {
    Set<String> out = new HashSet<>();
    if (classes == null) {
      return out;
    }
    String lower = classes.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      boolean sep = c == '-' || c == '_' || Character.isWhitespace(c);
      if (!sep && start < 0) {
        start = i;
      } else if (sep && start >= 0) {
        String t = lower.substring(start, i);
        if (!looksGenerated(t)) {
          out.add(t);
        }
        start = -1;
      }
    }
    return out;
  }

  /**
   * The parts of an identifier ({@code app-qtyInput-107}: app, qty, input, 107), lower case,
   * without generated parts (build hashes): what is left says what the element is, whatever
   * prefix or suffix a release adds. Numbers stay: among repeated rows they are what tells
   * {@code qty-sku-104} from {@code qty-sku-107}. Empty for null.
   */
  public static Set<String> identifierTokens(String id) {
    Set<String> out = new HashSet<>();
    if (id == null) {
      return out;
    }
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i <= id.length(); i++) {
      char c = i < id.length() ? id.charAt(i) : ' ';
      boolean boundary = !Character.isLetterOrDigit(c)
          || (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(id.charAt(i - 1)));
      if (boundary && cur.length() > 0) {
        String t = cur.toString().toLowerCase(Locale.ROOT);
        if (!looksGenerated(t)) {
          out.add(t);
        }
        cur.setLength(0);
      }
      if (Character.isLetterOrDigit(c)) {
        cur.append(c);
      }
    }
    return out;
  }

  /** Prefixes CSS-in-JS libraries put before their hashes (styled-components, emotion, styled-jsx, Svelte). */
  private static final Set<String> GENERATOR_PREFIXES = Set.of("sc", "css", "jsx", "emotion", "svelte");

  /** A token mixing letters and digits, or long with no vowel: a build hash rather than a name. */
  public static boolean looksGenerated(String t) {
    if (GENERATOR_PREFIXES.contains(t)) {
      return true;
    }
    boolean letter = false;
    boolean digit = false;
    int vowels = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (Character.isLetter(c)) {
        letter = true;
        if ("aeiouy".indexOf(c) >= 0) {
          vowels++;
        }
      }
    }
    if (letter && digit && t.length() >= 4) {
      return true;
    }
    return t.length() >= 6 && vowels == 0;
  }

  /** Dice coefficient of two sets: 2|A∩B| / (|A|+|B|). */
  public static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int common = 0;
    for (String s : small) {
      if (large.contains(s)) {
        common++;
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }

  /** 1 - edit distance / longer length. */
  public static double editSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int max = Math.max(a.length(), b.length());
    if (max == 0) {
      return 1;
    }
    return 1.0 - (double) levenshtein(a, b) / max;
  }

  public static int levenshtein(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /**
   * Text likeness: the better of character edit similarity (catches typo fixes and small
   * rewordings) and word overlap (catches words added, removed or reordered).
   */
  public static double text(String a, Set<String> aWords, String b, Set<String> bWords) {
    if (a.equals(b)) {
      return 1;
    }
    double likeness = Math.min(NEAR_TEXT_CAP, likeness(a, aWords, b, bWords));
    return numbersDiffer(aWords, bWords) ? Math.min(OTHER_NUMBER_CAP, likeness) : likeness;
  }

  /**
   * Texts that differ in their numbers ("Select INV-2041", "Select INV-2042") name different
   * records, however few characters differ: the number is what identifies the record.
   * Calibrated on the training half of bench/healing.
   */
  static final double OTHER_NUMBER_CAP = 0.5;

  private static boolean numbersDiffer(Set<String> a, Set<String> b) {
    boolean any = false;
    for (String w : a) {
      if (hasDigit(w)) {
        any = true;
        if (!b.contains(w)) {
          return true;
        }
      }
    }
    if (!any) {
      return false;
    }
    for (String w : b) {
      if (hasDigit(w) && !a.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Any difference at all keeps a text well below an unchanged one: when a page holds both the
   * original wording and an edited look-alike ("5 minutes ago" and "5 minutes ago »" in one row),
   * the original should win even where the look-alike took its place. Tuning half of
   * bench/healing as it was at that step: 0.9 (the old cap) 595/623 top-1, 0.8: 602, 0.7: 603,
   * 0.6: 604, 0.5: 601.
   */
  private static final double NEAR_TEXT_CAP = 0.6;

  private static double likeness(String a, Set<String> aWords, String b, Set<String> bWords) {
    double words = dice(aWords, bWords);
    if (a.length() > MAX_EDIT_LENGTH || b.length() > MAX_EDIT_LENGTH) {
      return words;
    }
    // Length alone bounds the edit similarity; skip the quadratic work when it cannot win.
    double bound = (double) Math.min(a.length(), b.length()) / Math.max(a.length(), b.length());
    if (bound <= words) {
      return words;
    }
    double edit = editSimilarity(a, b);
    return Math.max(words, edit < EDIT_NOISE ? 0 : edit);
  }

  /**
   * Below this, edit similarity is the noise of unrelated words ("Edit user" against "More
   * actions" shares a third of its letters by chance), not likeness. Chosen on the tuning half
   * of bench/healing, as it was at that step (0.3: +1 top-1, 0.4: +2, 0.5: +3).
   */
  static final double EDIT_NOISE = 0.5;

  /**
   * Edit similarity over sequences of path steps ({@code div[2]}, {@code form}). A step with the
   * same tag but another index costs {@link #LEAF_INDEX} on the element itself (its siblings were
   * reordered or one was added before it) but {@link #CONTAINER_INDEX} on an ancestor (another
   * row, card or article: among repeated containers, the index is what tells them apart).
   */
  public static double sequence(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = Math.max(n, m);
    if (max == 0) {
      return 1;
    }
    double[] prev = new double[m + 1];
    double[] cur = new double[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j * STEP_INSERT;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i * STEP_INSERT;
      String sa = a.get(i - 1);
      for (int j = 1; j <= m; j++) {
        double cost = stepCost(sa, b.get(j - 1), i == n && j == m);
        cur[j] = Math.min(Math.min(cur[j - 1] + STEP_INSERT, prev[j] + STEP_INSERT), prev[j - 1] + cost);
      }
      double[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.max(0, 1.0 - prev[m] / max);
  }

  /** The element's own index changed: a sibling was added before it, or its siblings reordered. */
  static final double LEAF_INDEX = 0.25;
  /** An ancestor's index changed: another row, card or article. */
  static final double CONTAINER_INDEX = 1;
  /** A step inserted or removed: wrapped in (or unwrapped from) a container. */
  static final double STEP_INSERT = 0.5;

  private static double stepCost(String a, String b, boolean leaf) {
    if (a.equals(b)) {
      return 0;
    }
    return sameStepTag(a, b) ? (leaf ? LEAF_INDEX : CONTAINER_INDEX) : 1;
  }

  /** Whether two steps have the same tag, compared in place (this runs for every cell of the table). */
  private static boolean sameStepTag(String a, String b) {
    int la = tagLength(a);
    return la == tagLength(b) && a.regionMatches(0, b, 0, la);
  }

  private static int tagLength(String step) {
    for (int i = 0; i < step.length(); i++) {
      char c = step.charAt(i);
      if (c == '[' || c == '#' || c == '.' || c == '(') {
        return i;
      }
    }
    return step.length();
  }

}
