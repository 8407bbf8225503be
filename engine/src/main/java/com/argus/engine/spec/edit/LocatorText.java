package com.argus.engine.spec.edit;

import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a locator typed in a table cell, in the form {@link Locator#describe()} shows it: {@code
 * role=button[name="Sign in"]}, {@code data-testid=login}, {@code label=Password}. Text without a
 * known prefix is taken as CSS, since that is what people paste from DevTools.
 */
public final class LocatorText {
  private static final Pattern ROLE = Pattern.compile("role=([\\w-]+)(?:\\[name=\"(.*)\"])?");
  private static final Pattern TESTID_ATTRIBUTE = Pattern.compile("(data-[\\w-]+)=(.+)");

  private LocatorText() {}

  public static Locator parse(String text) {
    String t = text == null ? "" : text.trim();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("a locator needs a value, e.g. role=button[name=\"Save\"] or css=#save");
    }
    Matcher role = ROLE.matcher(t);
    if (role.matches()) {
      return Locator.role(role.group(1), role.group(2));
    }
    Matcher testId = TESTID_ATTRIBUTE.matcher(t);
    if (testId.matches()) {
      return Locator.testId(testId.group(1), testId.group(2));
    }
    int eq = t.indexOf('=');
    if (eq > 0) {
      try {
        LocatorStrategy strategy = LocatorStrategy.fromFileName(t.substring(0, eq));
        return Locator.of(strategy, t.substring(eq + 1));
      } catch (IllegalArgumentException notAStrategy) {
        // e.g. input[type=text]: a CSS selector that happens to contain '='
      }
    }
    if (t.startsWith("/") || t.startsWith("(")) {
      return Locator.of(LocatorStrategy.XPATH, t);
    }
    return Locator.of(LocatorStrategy.CSS, t);
  }
}
