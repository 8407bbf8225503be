package com.argus.recorder.convert;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises values a framework generated rather than a person chose: they change between builds
 * or page loads, so locators built on them break. The same patterns are handed to the injected
 * script (which avoids them when it builds CSS selectors), so Java and the page agree.
 *
 * <p>Stateless and thread-safe.
 */
public final class GeneratedValues {
  /** Ids (and test ids, names) that frameworks generate. */
  public static final List<String> ID_PATTERNS = List.of(
      "(^|[-_])ember\\d+$",                            // Ember view ids, also prefixed (card-ember452)
      "^:[a-zA-Z]?[a-z0-9]+:$",                        // React useId (:r1:, :R2a:)
      "^«[a-zA-Z]?[a-z0-9]+»$",                        // React 19 useId
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", // uuids
      "\\d{5,}",                                       // timestamps, counters, database keys
      "(^|[-_:])(?=[0-9a-fA-F]*\\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}($|[-_:])", // hex hashes
      "^(mui|rc|headlessui|radix|react-select|react-aria|downshift|ext-gen|ext-comp|gwt-uid|yui_|j_id|jdt_|ui-id|x-auto|cdk|mat-[a-z-]+)[-_]?[a-z-]*\\d+",
      "^(id|el|elem|comp|component|input|field|item|ctl)[-_]?\\d{2,}$",
      "^[a-z]{1,2}\\d{3,}$");

  /** Class names produced by CSS-in-JS and CSS modules, and state classes that come and go. */
  public static final List<String> CLASS_PATTERNS = List.of(
      "^sc-[A-Za-z0-9]+$",                             // styled-components
      "^css-[a-z0-9]+(-[A-Za-z0-9]+)?$",               // emotion
      "^jsx-\\d+$",                                    // styled-jsx
      "^jss\\d+$",
      "^makeStyles-[A-Za-z]+-\\d+$",
      "^Mui[A-Za-z]+-root-\\d+$",
      "^[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9-]+__[A-Za-z0-9_-]{5}$", // CSS modules
      "^_(?=[A-Za-z]*\\d)[A-Za-z0-9]{5,}$",
      "^[a-z]{1,3}-(?=[A-Za-z]*\\d)[A-Za-z0-9]{5,}$",
      "^[A-Za-z]+-(?=[a-f]*\\d)[0-9a-f]{5,}$",
      "^(?=(?:\\D*\\d){2})(?=(?:[^A-Za-z]*[A-Za-z]){2})[a-zA-Z0-9]{6,8}$", // short random hashes like a1b2c3
      "^ng-",                                          // Angular state classes
      "^(active|focus|focused|hover|hovered|is-active|is-focused|selected|open|is-open|show|visible)$");

  /** Attributes frameworks add for their own bookkeeping. */
  public static final List<String> FRAMEWORK_ATTRIBUTE_PATTERNS = List.of(
      "^data-reactid$", "^data-react-", "^ng-", "^_ngcontent-", "^_nghost-", "^data-v-[0-9a-f]+$",
      "^data-emotion", "^jsaction$", "^jscontroller$", "^jsname$", "^data-styled");

  private static final List<Pattern> IDS = compile(ID_PATTERNS);
  private static final List<Pattern> CLASSES = compile(CLASS_PATTERNS);
  private static final List<Pattern> ATTRIBUTES = compile(FRAMEWORK_ATTRIBUTE_PATTERNS);

  private GeneratedValues() {}

  public static boolean isGeneratedId(String value) {
    return value != null && IDS.stream().anyMatch(p -> p.matcher(value).find());
  }

  public static boolean isHashedClass(String className) {
    return className != null && CLASSES.stream().anyMatch(p -> p.matcher(className).find());
  }

  public static boolean isFrameworkAttribute(String name) {
    return name != null && ATTRIBUTES.stream().anyMatch(p -> p.matcher(name).find());
  }

  /** Whether a CSS selector leans on something generated (hashed class, generated id) or on position. */
  public static boolean isFragileSelector(String css) {
    if (css == null) {
      return false;
    }
    if (css.contains(":nth-")) {
      return true;
    }
    java.util.regex.Matcher cls = Pattern.compile("\\.([A-Za-z_][\\w-]*)").matcher(css);
    while (cls.find()) {
      if (isHashedClass(cls.group(1))) {
        return true;
      }
    }
    java.util.regex.Matcher id = Pattern.compile("#([\\w-]+)|\\[id=\"([^\"]+)\"]").matcher(css);
    while (id.find()) {
      if (isGeneratedId(id.group(1) != null ? id.group(1) : id.group(2))) {
        return true;
      }
    }
    return false;
  }

  private static List<Pattern> compile(List<String> patterns) {
    return patterns.stream().map(Pattern::compile).toList();
  }
}
