package com.argus.engine.export;

import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Target;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A locator in Playwright's own vocabulary, the same method names in TypeScript and Java:
 * {@code getByTestId}, {@code getByRole}, {@code getByLabel}, {@code getByPlaceholder},
 * {@code getByAltText}, {@code getByTitle}, {@code getByText}, else {@code locator(selector)}.
 *
 * <p>Immutable.
 *
 * @param method the Playwright method
 * @param value its first argument (test id, role, text or selector)
 * @param name for {@code getByRole}: the accessible name, or null
 * @param exact whether to pass {@code exact: true}
 */
record PwLocator(String method, String value, String name, boolean exact) {
  private static final Pattern CSS_IDENT = Pattern.compile("-?[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern ENGINE_PREFIX = Pattern.compile("^[A-Za-z_-]+\\s*=");

  boolean isRole() {
    return method.equals("getByRole");
  }

  /** The Java {@code AriaRole} constant name, e.g. {@code BUTTON}. */
  String ariaRoleConstant() {
    return value.toUpperCase(Locale.ROOT);
  }

  /**
   * The best of the target's candidates Playwright can express: the first one, unless it is a role
   * Playwright does not know, then the next.
   *
   * @param testIdAttribute the attribute {@code getByTestId} reads in this test; test ids in other
   *     attributes become attribute selectors
   */
  static Optional<PwLocator> choose(Target target, String testIdAttribute) {
    if (target == null) {
      return Optional.empty();
    }
    for (Locator l : target.candidates()) {
      Optional<PwLocator> mapped = map(l, testIdAttribute);
      if (mapped.isPresent()) {
        return mapped;
      }
    }
    return Optional.empty();
  }

  static Optional<PwLocator> map(Locator l, String testIdAttribute) {
    boolean exact = l.isExact();
    return Optional.ofNullable(switch (l.strategy()) {
      case TESTID -> l.testIdAttribute().equals(testIdAttribute)
          ? new PwLocator("getByTestId", l.value(), null, false)
          : selector("[" + cssIdent(l.testIdAttribute()) + "=" + cssString(l.value()) + "]");
      case ROLE -> isAriaRole(l.value()) ? new PwLocator("getByRole", l.value().trim().toLowerCase(Locale.ROOT), l.name(), exact) : null;
      case LABEL -> new PwLocator("getByLabel", l.value(), null, exact);
      case PLACEHOLDER -> new PwLocator("getByPlaceholder", l.value(), null, exact);
      case ALT -> new PwLocator("getByAltText", l.value(), null, exact);
      case TITLE -> new PwLocator("getByTitle", l.value(), null, exact);
      case TEXT -> new PwLocator("getByText", l.value(), null, exact);
      case ID -> selector(CSS_IDENT.matcher(l.value()).matches() && !l.value().startsWith("-")
          ? "#" + l.value() : "[id=" + cssString(l.value()) + "]");
      // A CSS selector that looks like "engine=..." would be read as that engine: say it is CSS.
      case CSS -> selector(ENGINE_PREFIX.matcher(l.value()).find() ? "css=" + l.value() : l.value());
      case XPATH -> selector(l.value().startsWith("xpath=") ? l.value() : "xpath=" + l.value());
    });
  }

  private static PwLocator selector(String selector) {
    return new PwLocator("locator", selector, null, false);
  }

  static boolean isAriaRole(String role) {
    try {
      AriaRole.valueOf(role.trim().toUpperCase(Locale.ROOT));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A double-quoted CSS string: quotes and backslashes escaped, line breaks as hex escapes. */
  static String cssString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** A CSS identifier (an attribute name), escaping what is not allowed in one. */
  static String cssIdent(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = Character.isLetter(c) || c == '_' || c == '-' || (i > 0 && Character.isDigit(c));
      if (ok) {
        out.append(c);
      } else {
        out.append('\\').append(Integer.toHexString(c)).append(' ');
      }
    }
    return out.toString();
  }
}
