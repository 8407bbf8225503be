package com.argus.engine.locate.internal;

import com.argus.engine.spec.ElementFingerprint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A fingerprint prepared once for comparison: normalised strings, word and token sets, split
 * paths. Relocation prepares the target once and each candidate once, then only compares.
 *
 * <p>Immutable after construction; thread-safe.
 */
public final class Features {
  /**
   * The costly parts of a fingerprint a relocation may leave unprepared when nobody weighs them.
   * Each mirrors the fingerprint property of the same name; kept apart so this package does not
   * depend on the one that uses it.
   */
  public enum Part { VALUE, TITLE, ALT, CLASS, XPATH, IDXPATH, RECORD_TEXT, ANCESTORS, ATTRIBUTES }

  /** Attributes the fingerprint already has as their own properties; counted once, not twice. */
  private static final Set<String> OWN_PROPERTIES =
      Set.of(
          "id", "name", "class", "type", "role", "aria-label", "value", "placeholder", "title",
          "alt", "href", "src", "style", "data-testid", "data-test-id", "data-test", "data-qa",
          "data-cy");

  /** Compiled once: String.split with a character class compiles a pattern on every call. */
  private static final java.util.regex.Pattern ANCESTOR_SEPARATORS = java.util.regex.Pattern.compile("[#.\\[\\]\\s=\"']+");

  public final String tag;
  public final String tagFamily;
  public final String id;
  /** The id's parts without generated ones ({@code app-login-btn}: app, login, btn); empty if none. */
  public final Set<String> idTokens;
  public final String name;
  public final String type;
  public final String role;
  /** The role, or the tag's implicit one, folded into families a release swaps within (link/button). */
  public final String roleFamily;
  /** The role, or the tag's implicit one. */
  public final String effectiveRole;
  public final String testid;
  public final Text ariaLabel;
  public final Text accessibleName;
  public final Text text;
  public final Text visibleText;
  public final Text value;
  public final Text label;
  public final Text placeholder;
  public final Text title;
  public final Text alt;
  public final String href;
  public final String src;
  public final String classRaw;
  public final Set<String> classTokens;
  public final List<String> xpath;
  public final List<String> idxpath;
  public final Double x;
  public final Double y;
  public final Double width;
  public final Double height;
  public final Boolean isButton;
  public final Set<String> neighborWords;
  /** Words of the record (table row, list item, card) the element belongs to. */
  public final Set<String> recordWords;
  public final List<String> ancestorTags;
  public final Set<String> ancestorTokens;
  public final Set<String> attributePairs;

  public Features(ElementFingerprint f) {
    this(f, null);
  }

  /**
   * Prepares only what a relocation compares: {@code needed} (null for everything) leaves out the
   * costly parts of properties nobody weighs, such as class tokens and the ancestor chain. Names, neighbour words, ids and roles are always
   * prepared, because the decision rules read them.
   */
  public Features(ElementFingerprint f, Set<Part> needed) {
    this(f, needed, null);
  }

  /**
   * As {@link #Features(ElementFingerprint, Set)}, with the record word sets of one
   * relocation shared: every cell and button of a table row has the same record text, so its words
   * are split once and the page context can weigh them once ({@code records} may be null).
   */
  public Features(ElementFingerprint f, Set<Part> needed, Map<String, Set<String>> records) {
    tag = lower(f.tag());
    tagFamily = family(tag);
    id = blankToNull(f.id());
    idTokens = Similarities.identifierTokens(id);
    name = blankToNull(f.name());
    type = lower(f.type());
    role = lower(f.role());
    effectiveRole = role != null ? role : implicitRole(tag, type);
    roleFamily = roleFamily(effectiveRole);
    testid = blankToNull(f.testid());
    ariaLabel = Text.of(f.ariaLabel());
    accessibleName = Text.of(f.accessibleName());
    text = Text.of(f.text());
    // Always, even for a target without one: a blank target counts text a candidate shows against it.
    visibleText = Text.of(f.visibleText());
    value = need(needed, Part.VALUE) ? Text.of(f.value()) : null;
    label = Text.of(f.label());
    placeholder = Text.of(f.placeholder());
    title = need(needed, Part.TITLE) ? Text.of(f.title()) : null;
    alt = need(needed, Part.ALT) ? Text.of(f.alt()) : null;
    href = blankToNull(f.href());
    src = blankToNull(f.src());
    classRaw = need(needed, Part.CLASS) ? blankToNull(f.classes()) : null;
    classTokens = classRaw == null ? Set.of() : Similarities.classTokens(classRaw);
    xpath = need(needed, Part.XPATH) ? steps(f.xpath()) : null;
    idxpath = need(needed, Part.IDXPATH) ? steps(f.idxpath()) : null;
    x = f.x();
    y = f.y();
    width = f.width();
    height = f.height();
    isButton = f.isButton();
    neighborWords = wordsOf(f.neighborText());
    String record = need(needed, Part.RECORD_TEXT) ? f.recordText() : null;
    recordWords = record == null ? null
        : records == null ? wordsOf(record) : records.computeIfAbsent(record, Features::wordsOf);
    if (f.ancestors().isEmpty() || !need(needed, Part.ANCESTORS)) {
      ancestorTags = null;
      ancestorTokens = null;
    } else {
      ancestorTags = new ArrayList<>(f.ancestors().size());
      ancestorTokens = new HashSet<>();
      for (String a : f.ancestors()) {
        String lower = a.toLowerCase(Locale.ROOT);
        int cut = indexOfAny(lower, "#.[ ");
        ancestorTags.add(lower.substring(0, cut));
        for (String t : ANCESTOR_SEPARATORS.split(lower)) {
          if (!t.isEmpty() && !Similarities.looksGenerated(t)) {
            ancestorTokens.add(t);
          }
        }
      }
    }
    Set<String> pairs = new HashSet<>();
    for (Map.Entry<String, String> e : need(needed, Part.ATTRIBUTES) ? f.attributes().entrySet()
        : Map.<String, String>of().entrySet()) {
      String k = e.getKey().toLowerCase(Locale.ROOT);
      if (!OWN_PROPERTIES.contains(k)) {
        pairs.add(k + "=" + e.getValue());
      }
    }
    attributePairs = pairs.isEmpty() ? null : pairs;
  }

  private static Set<String> wordsOf(String text) {
    String normal = Similarities.normalize(text);
    return normal == null ? null : Similarities.words(normal);
  }

  private static boolean need(Set<Part> needed, Part p) {
    return needed == null || needed.contains(p);
  }

  /** What a person reads as the element's name: the accessible name, else the visible text; raw case. */
  public String readName() {
    Text n = accessibleName != null ? accessibleName : visibleText;
    return n == null ? null : n.raw;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  private static List<String> steps(String path) {
    if (path == null || path.isBlank()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s.toLowerCase(Locale.ROOT));
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static String lower(String s) {
    String t = blankToNull(s);
    return t == null ? null : t.toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** A normalised text with its word set. */
  public static final class Text {
    /** Only the case changed: nearly the same, but an unchanged look-alike still wins. */
    private static final double CASE_ONLY = 0.95;

    public final String raw;
    public final String normal;
    public final Set<String> words;

    private Text(String raw) {
      this.raw = raw;
      this.normal = raw.toLowerCase(Locale.ROOT);
      this.words = Similarities.words(normal);
    }

    static Text of(String raw) {
      String n = Similarities.collapse(raw);
      return n == null ? null : new Text(n);
    }

    public double similarity(Text other) {
      if (raw.equals(other.raw)) {
        return 1;
      }
      if (normal.equals(other.normal)) {
        return CASE_ONLY;
      }
      return Similarities.text(normal, words, other.normal, other.words);
    }
  }

  /**
   * Roles a release swaps for one another: a link restyled as a button, a text box turned into a
   * search box. Without a role, the tag's implicit one.
   */
  static String roleFamily(String r) {
    if (r == null) {
      return null;
    }
    return switch (r) {
      case "button", "link", "menuitem", "tab" -> "action";
      case "textbox", "searchbox", "combobox", "spinbutton" -> "field";
      default -> r;
    };
  }

  static String implicitRole(String tag, String type) {
    if (tag == null) {
      return null;
    }
    return switch (tag) {
      case "button" -> "button";
      case "a" -> "link";
      case "select" -> "combobox";
      case "textarea" -> "textbox";
      case "h1", "h2", "h3", "h4", "h5", "h6" -> "heading";
      case "input" -> type == null ? "textbox" : switch (type) {
        case "button", "submit", "reset", "image" -> "button";
        case "checkbox", "radio" -> type;
        default -> "textbox";
      };
      default -> null;
    };
  }

  /**
   * Tags a release swaps for one another (a link restyled as a button, a heading level changed),
   * so a changed tag is not as far off as an unrelated one.
   */
  static String family(String tag) {
    if (tag == null) {
      return null;
    }
    return switch (tag) {
      case "a", "button", "input" -> "action";
      case "h1", "h2", "h3", "h4", "h5", "h6" -> "heading";
      case "div", "span", "p", "section", "article", "li", "label", "strong", "em", "small" -> "text";
      case "td", "th" -> "cell";
      case "ul", "ol", "dl" -> "list";
      default -> tag;
    };
  }
}
