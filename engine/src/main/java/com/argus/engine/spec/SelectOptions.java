package com.argus.engine.spec;

import java.util.Arrays;
import java.util.List;

/**
 * The options a {@code select} step chooses. Its {@code value} names one option, or, for a
 * {@code <select multiple>}, one option per line (every other option ends up deselected). Lines
 * because an option's label may hold commas but never a line break: browsers show labels with
 * white space collapsed.
 *
 * <p>Stateless and thread-safe.
 */
public final class SelectOptions {
  private SelectOptions() {}

  /** The options {@code value} names, in order; blank lines are ignored. */
  public static List<String> split(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split("\\R")).filter(s -> !s.isBlank()).toList();
  }

  /** The step value choosing {@code options}. */
  public static String join(List<String> options) {
    return String.join("\n", options);
  }

  /** Whether {@code value} chooses more than one option. */
  public static boolean isMultiple(String value) {
    return split(value).size() > 1;
  }
}
