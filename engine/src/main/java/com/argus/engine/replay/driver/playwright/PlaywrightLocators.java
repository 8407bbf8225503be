package com.argus.engine.replay.driver.playwright;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Locale;

/**
 * Translates a spec {@link Locator} into Playwright's own locators, so replays get Playwright's
 * semantics (getByRole with accessible names, shadow-piercing CSS, strict matching). Stateless.
 */
final class PlaywrightLocators {
  private PlaywrightLocators() {}

  static com.microsoft.playwright.Locator toLocator(Page page, List<FrameRef> frames, Locator spec) {
    if (frames.isEmpty()) {
      return onPage(page, spec);
    }
    FrameLocator frame = page.frameLocator(frames.get(0).iframeSelector());
    for (FrameRef ref : frames.subList(1, frames.size())) {
      frame = frame.frameLocator(ref.iframeSelector());
    }
    return inFrame(frame, spec);
  }

  /** The document root of the scope, for evaluating scripts inside a frame. */
  static com.microsoft.playwright.Locator root(Page page, List<FrameRef> frames) {
    return toLocator(page, frames, Locator.of(LocatorStrategy.CSS, ":root"));
  }

  private static com.microsoft.playwright.Locator onPage(Page p, Locator l) {
    boolean exact = l.isExact();
    return switch (l.strategy()) {
      case TESTID -> l.attribute() == null ? p.getByTestId(l.value()) : p.locator(attributeSelector(l));
      case ROLE -> p.getByRole(role(l.value()), l.name() == null ? new Page.GetByRoleOptions()
          : new Page.GetByRoleOptions().setName(l.name()).setExact(exact));
      case LABEL -> p.getByLabel(l.value(), new Page.GetByLabelOptions().setExact(exact));
      case PLACEHOLDER -> p.getByPlaceholder(l.value(), new Page.GetByPlaceholderOptions().setExact(exact));
      case ALT -> p.getByAltText(l.value(), new Page.GetByAltTextOptions().setExact(exact));
      case TITLE -> p.getByTitle(l.value(), new Page.GetByTitleOptions().setExact(exact));
      case TEXT -> p.getByText(l.value(), new Page.GetByTextOptions().setExact(exact));
      case ID -> p.locator(idSelector(l.value()));
      case CSS -> p.locator("css=" + l.value());
      case XPATH -> p.locator("xpath=" + l.value());
    };
  }

  private static com.microsoft.playwright.Locator inFrame(FrameLocator f, Locator l) {
    boolean exact = l.isExact();
    return switch (l.strategy()) {
      case TESTID -> l.attribute() == null ? f.getByTestId(l.value()) : f.locator(attributeSelector(l));
      case ROLE -> f.getByRole(role(l.value()), l.name() == null ? new FrameLocator.GetByRoleOptions()
          : new FrameLocator.GetByRoleOptions().setName(l.name()).setExact(exact));
      case LABEL -> f.getByLabel(l.value(), new FrameLocator.GetByLabelOptions().setExact(exact));
      case PLACEHOLDER -> f.getByPlaceholder(l.value(), new FrameLocator.GetByPlaceholderOptions().setExact(exact));
      case ALT -> f.getByAltText(l.value(), new FrameLocator.GetByAltTextOptions().setExact(exact));
      case TITLE -> f.getByTitle(l.value(), new FrameLocator.GetByTitleOptions().setExact(exact));
      case TEXT -> f.getByText(l.value(), new FrameLocator.GetByTextOptions().setExact(exact));
      case ID -> f.locator(idSelector(l.value()));
      case CSS -> f.locator("css=" + l.value());
      case XPATH -> f.locator("xpath=" + l.value());
    };
  }

  static AriaRole role(String role) {
    try {
      return AriaRole.valueOf(role.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ArgusException("'" + role + "' is not an ARIA role Playwright knows (button, link, textbox, checkbox, heading ...)");
    }
  }

  // A custom test-id attribute cannot go through getByTestId without changing it for the whole
  // Playwright instance (shared by parallel tests), so it becomes an attribute selector: the same match.
  private static String attributeSelector(Locator l) {
    return "css=[" + l.testIdAttribute() + "=\"" + escape(l.value()) + "\"]";
  }

  private static String idSelector(String id) {
    return "css=[id=\"" + escape(id) + "\"]";
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
