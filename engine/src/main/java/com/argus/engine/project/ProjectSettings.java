package com.argus.engine.project;

import com.argus.engine.ArgusException;
import com.argus.engine.heal.HealingSettings;
import com.argus.engine.locate.RelocationSettings;
import com.argus.engine.spec.LocatorStrategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A project's settings, typed and validated: what the recorder prefers (locator priority, test-id
 * attributes, secret fields), which browser runs and records, when healing may act without a person,
 * and whether the project is the bundled demo.
 *
 * <p>The stored form is a flat map of named text values ({@link #toMap()} / {@link #fromMap(Map)}),
 * the same names the settings have always been stored under, so settings written before they were
 * typed still load. Sections a later Argus adds (AI, risk, crawl) go into {@link #extensions()}
 * until they are typed here: names this version does not know are kept and written back unchanged,
 * so opening a workspace with an older Argus never loses a newer one's settings.
 *
 * <p>Immutable and thread-safe. Change one value with the {@code withX} methods or {@link #with(String,
 * String)}; every way of making one validates it and throws an {@link ArgusException} naming the
 * setting and what it allows.
 *
 * @param schemaVersion the version of the stored form; {@link #SCHEMA_VERSION} for settings made by
 *     this Argus, higher when a newer one saved them
 * @param healing the heal thresholds (similarity and knowledge base)
 * @param locatorPriority every locator strategy once, most preferred first
 * @param testIdAttributes attributes holding test ids, most trusted first; never empty
 * @param browser the Chromium-family executable to use, or null to find one ({@code ARGUS_BROWSER},
 *     then the usual places)
 * @param secretSelectors CSS selectors of fields the recorder records as secret variables, besides
 *     password fields
 * @param demoApp the project is the bundled demo shop's sample project
 * @param extensions settings this version does not type, by their stored names, kept as they are
 */
public record ProjectSettings(
    int schemaVersion,
    HealingSettings healing,
    List<LocatorStrategy> locatorPriority,
    List<String> testIdAttributes,
    String browser,
    List<String> secretSelectors,
    boolean demoApp,
    Map<String, String> extensions) {

  /** The version of the stored form this Argus writes. Untyped settings (before it) count as 1. */
  public static final int SCHEMA_VERSION = 2;

  public static final String KEY_SCHEMA_VERSION = "schemaVersion";
  public static final String KEY_AUTO_THRESHOLD = "heal.autoThreshold";
  public static final String KEY_MIN_MARGIN = "heal.minMargin";
  public static final String KEY_KNOWLEDGE_APPLY = "heal.autoApplyThreshold";
  public static final String KEY_KNOWLEDGE_VERIFY = "heal.verifyThreshold";
  public static final String KEY_LOCATOR_PRIORITY = "locatorPriority";
  public static final String KEY_TEST_ID_ATTRIBUTES = "testIdAttributes";
  public static final String KEY_BROWSER = "browser";
  public static final String KEY_SECRET_SELECTORS = "secretSelectors";
  public static final String KEY_DEMO_APP = "demoApp";

  /** The names of the typed settings, in the order they are shown. */
  public static final List<String> KEYS = List.of(KEY_TEST_ID_ATTRIBUTES, KEY_LOCATOR_PRIORITY, KEY_SECRET_SELECTORS,
      KEY_BROWSER, KEY_AUTO_THRESHOLD, KEY_MIN_MARGIN, KEY_KNOWLEDGE_APPLY, KEY_KNOWLEDGE_VERIFY, KEY_DEMO_APP);

  public static final List<String> DEFAULT_TEST_ID_ATTRIBUTES = List.of("data-testid", "data-test", "data-qa", "data-cy");

  /** Most stable first: the order {@link LocatorStrategy} declares. */
  public static final List<LocatorStrategy> DEFAULT_LOCATOR_PRIORITY = List.of(LocatorStrategy.values());

  // What HTML allows in an attribute name that a CSS attribute selector can name without escaping.
  // Declared before DEFAULTS, which needs it while the class initialises.
  private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z_:][-A-Za-z0-9_:.]*");

  public static final ProjectSettings DEFAULTS = new ProjectSettings(SCHEMA_VERSION, HealingSettings.DEFAULTS,
      DEFAULT_LOCATOR_PRIORITY, DEFAULT_TEST_ID_ATTRIBUTES, null, List.of(), false, Map.of());

  public ProjectSettings {
    if (schemaVersion < 1) {
      throw invalid(KEY_SCHEMA_VERSION, String.valueOf(schemaVersion), "a whole number of at least 1");
    }
    healing = checkHealing(healing == null ? HealingSettings.DEFAULTS : healing);
    locatorPriority = completePriority(locatorPriority);
    testIdAttributes = checkTestIds(testIdAttributes == null ? DEFAULT_TEST_ID_ATTRIBUTES : testIdAttributes);
    browser = browser == null || browser.isBlank() ? null : browser.strip();
    secretSelectors = secretSelectors == null ? List.of()
        : secretSelectors.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    Map<String, String> kept = new TreeMap<>();
    if (extensions != null) {
      extensions.forEach((k, v) -> {
        if (k != null && v != null && !KEYS.contains(k) && !KEY_SCHEMA_VERSION.equals(k)) {
          kept.put(k, v);
        }
      });
    }
    extensions = Collections.unmodifiableMap(kept);
  }

  /** The browser setting, when there is one. */
  public Optional<String> browserPath() {
    return Optional.ofNullable(browser);
  }

  public ProjectSettings withHealing(HealingSettings newHealing) {
    return new ProjectSettings(schemaVersion, newHealing, locatorPriority, testIdAttributes, browser, secretSelectors,
        demoApp, extensions);
  }

  /** Strategies left out follow the named ones in the default order; repeats are dropped. */
  public ProjectSettings withLocatorPriority(List<LocatorStrategy> priority) {
    return new ProjectSettings(schemaVersion, healing, priority, testIdAttributes, browser, secretSelectors, demoApp,
        extensions);
  }

  public ProjectSettings withTestIdAttributes(List<String> attributes) {
    return new ProjectSettings(schemaVersion, healing, locatorPriority, attributes, browser, secretSelectors, demoApp,
        extensions);
  }

  /** @param executable a path, or null / blank to let Argus find the browser */
  public ProjectSettings withBrowser(String executable) {
    return new ProjectSettings(schemaVersion, healing, locatorPriority, testIdAttributes, executable, secretSelectors,
        demoApp, extensions);
  }

  public ProjectSettings withSecretSelectors(List<String> selectors) {
    return new ProjectSettings(schemaVersion, healing, locatorPriority, testIdAttributes, browser, selectors, demoApp,
        extensions);
  }

  public ProjectSettings withDemoApp(boolean demo) {
    return new ProjectSettings(schemaVersion, healing, locatorPriority, testIdAttributes, browser, secretSelectors, demo,
        extensions);
  }

  /**
   * One setting changed by its stored name and text, validated as if read from the store: the way
   * the command line edits settings. A name this version does not type is kept as an extension.
   */
  public ProjectSettings with(String key, String value) {
    return fromMap(changed(toMap(), key, value));
  }

  /**
   * A stored form with one setting changed by name; a null or blank value removes it, so its default
   * applies. Not validated: {@link #fromMap} does that.
   */
  public static Map<String, String> changed(Map<String, String> stored, String key, String value) {
    if (key == null || key.isBlank()) {
      throw new ArgusException("A setting needs a name; the settings are: " + String.join(", ", KEYS) + ".");
    }
    Map<String, String> map = new LinkedHashMap<>(stored);
    if (value == null || value.isBlank()) {
      map.remove(key.strip());
    } else {
      map.put(key.strip(), value.strip());
    }
    return map;
  }

  /**
   * The stored form: every typed setting by its name, then the extensions. Numbers are written with
   * two decimals in the root locale, lists comma separated.
   */
  public Map<String, String> toMap() {
    Map<String, String> out = new TreeMap<>(extensions);
    out.put(KEY_SCHEMA_VERSION, String.valueOf(schemaVersion));
    out.put(KEY_AUTO_THRESHOLD, number(healing.relocation().autoThreshold()));
    out.put(KEY_MIN_MARGIN, number(healing.relocation().minMargin()));
    out.put(KEY_KNOWLEDGE_APPLY, number(healing.knowledgeApply()));
    out.put(KEY_KNOWLEDGE_VERIFY, number(healing.knowledgeVerify()));
    out.put(KEY_LOCATOR_PRIORITY, locatorPriority.stream().map(LocatorStrategy::fileName).collect(Collectors.joining(",")));
    out.put(KEY_TEST_ID_ATTRIBUTES, String.join(",", testIdAttributes));
    if (!secretSelectors.isEmpty()) {
      // A selector list may itself hold commas, so selectors are kept one per line.
      out.put(KEY_SECRET_SELECTORS, String.join("\n", secretSelectors));
    }
    if (browser != null) {
      out.put(KEY_BROWSER, browser);
    }
    if (demoApp) {
      out.put(KEY_DEMO_APP, "true");
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Reads the stored form. Missing settings take their defaults; settings stored before they were
   * typed (no {@code schemaVersion}) read the same way.
   *
   * @throws ArgusException naming the first setting whose value is not allowed, and what is
   */
  public static ProjectSettings fromMap(Map<String, String> stored) {
    Map<String, String> s = stored == null ? Map.of() : stored;
    int version = s.containsKey(KEY_SCHEMA_VERSION) ? wholeNumber(KEY_SCHEMA_VERSION, s.get(KEY_SCHEMA_VERSION)) : 1;
    HealingSettings d = HealingSettings.DEFAULTS;
    RelocationSettings r = d.relocation();
    double auto = fraction(s, KEY_AUTO_THRESHOLD, r.autoThreshold());
    double margin = fraction(s, KEY_MIN_MARGIN, r.minMargin());
    double apply = fraction(s, KEY_KNOWLEDGE_APPLY, d.knowledgeApply());
    double verify = fraction(s, KEY_KNOWLEDGE_VERIFY, d.knowledgeVerify());
    if (auto < r.minPlausible()) {
      throw invalid(KEY_AUTO_THRESHOLD, s.get(KEY_AUTO_THRESHOLD),
          String.format(Locale.ROOT, "a number from %.2f to 1: below %.2f no candidate is plausible at all",
              r.minPlausible(), r.minPlausible()));
    }
    if (verify > apply) {
      throw invalid(KEY_KNOWLEDGE_VERIFY, s.get(KEY_KNOWLEDGE_VERIFY),
          "a number from 0 up to " + KEY_KNOWLEDGE_APPLY + " (" + number(apply) + ")");
    }
    HealingSettings healing = new HealingSettings(new RelocationSettings(auto, margin, r.minPlausible(), r.keep()), apply,
        verify);
    List<LocatorStrategy> priority = null;
    String priorityText = s.get(KEY_LOCATOR_PRIORITY);
    if (priorityText != null && !priorityText.isBlank()) {
      priority = new ArrayList<>();
      for (String part : priorityText.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          priority.add(LocatorStrategy.fromFileName(part));
        } catch (IllegalArgumentException e) {
          throw invalid(KEY_LOCATOR_PRIORITY, priorityText, "a comma-separated list of " + strategyNames());
        }
      }
    }
    String ids = s.get(KEY_TEST_ID_ATTRIBUTES);
    List<String> testIds = ids == null ? null : Arrays.stream(ids.split(",")).map(String::strip)
        .filter(x -> !x.isEmpty()).toList();
    String secrets = s.get(KEY_SECRET_SELECTORS);
    List<String> secretList = secrets == null ? List.of() : Arrays.asList(secrets.split("\n"));
    String demo = s.get(KEY_DEMO_APP);
    // Before it was typed, the demo marker was present with a version text ("v1") rather than a flag.
    boolean demoApp = demo != null && !demo.isBlank() && !"false".equalsIgnoreCase(demo.strip());
    return new ProjectSettings(version, healing, priority, testIds, s.get(KEY_BROWSER), secretList, demoApp, s);
  }

  private static HealingSettings checkHealing(HealingSettings h) {
    double minPlausible = HealingSettings.DEFAULTS.relocation().minPlausible();
    if (h.relocation().autoThreshold() < minPlausible) {
      throw invalid(KEY_AUTO_THRESHOLD, number(h.relocation().autoThreshold()),
          String.format(Locale.ROOT, "a number from %.2f to 1: below %.2f no candidate is plausible at all",
              minPlausible, minPlausible));
    }
    return h;
  }

  private static List<LocatorStrategy> completePriority(List<LocatorStrategy> priority) {
    LinkedHashSet<LocatorStrategy> order = new LinkedHashSet<>();
    if (priority != null) {
      priority.stream().filter(p -> p != null).forEach(order::add);
    }
    order.addAll(DEFAULT_LOCATOR_PRIORITY);
    return List.copyOf(order);
  }

  private static List<String> checkTestIds(List<String> attributes) {
    List<String> clean = attributes.stream().filter(a -> a != null).map(String::strip).filter(a -> !a.isEmpty())
        .distinct().toList();
    if (clean.isEmpty()) {
      throw invalid(KEY_TEST_ID_ATTRIBUTES, "", "at least one attribute name, e.g. " + String.join(",",
          DEFAULT_TEST_ID_ATTRIBUTES));
    }
    for (String a : clean) {
      if (!ATTRIBUTE_NAME.matcher(a).matches()) {
        throw invalid(KEY_TEST_ID_ATTRIBUTES, String.join(",", clean),
            "comma-separated HTML attribute names such as data-testid ('" + a + "' is not one)");
      }
    }
    return clean;
  }

  private static double fraction(Map<String, String> s, String key, double fallback) {
    String v = s.get(key);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    double d;
    try {
      d = Double.parseDouble(v.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw invalid(key, v, "a number from 0 to 1");
    }
    if (!(d >= 0 && d <= 1)) {
      throw invalid(key, v, "a number from 0 to 1");
    }
    return d;
  }

  private static int wholeNumber(String key, String v) {
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid(key, v, "a whole number of at least 1");
  }

  private static String strategyNames() {
    return Arrays.stream(LocatorStrategy.values()).map(LocatorStrategy::fileName).collect(Collectors.joining(", "));
  }

  private static String number(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }

  private static ArgusException invalid(String key, String value, String allowed) {
    return new ArgusException("The setting " + key + " is '" + (value == null ? "" : value) + "'; it must be " + allowed
        + ".");
  }
}
