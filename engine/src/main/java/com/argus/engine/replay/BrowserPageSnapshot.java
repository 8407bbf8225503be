package com.argus.engine.replay;

import com.argus.engine.heal.PageSnapshot;
import com.argus.engine.replay.driver.ActionFailedException;
import com.argus.engine.replay.driver.BrowserDriver;
import com.argus.engine.replay.driver.Probe;
import com.argus.engine.replay.driver.Scope;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Healing's view of the page a step failed on, over the step's browser session and frame. The
 * candidates are listed once per snapshot (their indices stay stable); a chosen candidate becomes
 * the most robust locator its fingerprint allows that matches exactly one element.
 *
 * <p>Not thread-safe: used on the thread that owns the session.
 */
final class BrowserPageSnapshot implements PageSnapshot {
  private final BrowserDriver driver;
  private final Scope scope;
  private List<ElementFingerprint> candidates;

  BrowserPageSnapshot(BrowserDriver driver, Scope scope) {
    this.driver = driver;
    this.scope = scope;
  }

  @Override
  public String url() {
    try {
      return driver.url(scope.page());
    } catch (ActionFailedException e) {
      return null;
    }
  }

  @Override
  public int count(Locator locator) {
    Probe p = probe(locator, false);
    return p == null ? 0 : p.count();
  }

  @Override
  public Optional<ElementFingerprint> describe(Locator locator) {
    Probe p = probe(locator, true);
    return p == null || p.count() != 1 ? Optional.empty() : Optional.ofNullable(p.fingerprint());
  }

  @Override
  public List<ElementFingerprint> candidates() {
    if (candidates == null) {
      candidates = List.copyOf(driver.candidates(scope));
    }
    return candidates;
  }

  @Override
  public Locator locatorFor(int index) {
    ElementFingerprint f = candidates().get(index);
    List<Locator> options = options(f);
    for (Locator l : options) {
      if (count(l) == 1) {
        return l;
      }
    }
    // Nothing unique: the position path still names this element now; the step must still succeed.
    return options.get(options.size() - 1);
  }

  /** Locators for the element, most robust first, as the recorder ranks them; the XPath always last. */
  static List<Locator> options(ElementFingerprint f) {
    List<Locator> out = new ArrayList<>();
    if (present(f.testid())) {
      out.add(Locator.testId("data-testid", f.testid()));
    }
    if (present(f.role()) && present(f.accessibleName())) {
      out.add(new Locator(LocatorStrategy.ROLE, f.role(), f.accessibleName(), null, true));
    }
    if (present(f.label())) {
      out.add(new Locator(LocatorStrategy.LABEL, f.label(), null, null, true));
    }
    if (present(f.id())) {
      out.add(Locator.of(LocatorStrategy.ID, f.id()));
    }
    if (present(f.placeholder())) {
      out.add(new Locator(LocatorStrategy.PLACEHOLDER, f.placeholder(), null, null, true));
    }
    if (present(f.xpath())) {
      out.add(Locator.of(LocatorStrategy.XPATH, f.xpath()));
    }
    if (out.isEmpty()) {
      out.add(Locator.of(LocatorStrategy.CSS, f.tag() == null ? "*" : f.tag()));
    }
    return out;
  }

  private Probe probe(Locator locator, boolean capture) {
    try {
      return driver.probe(scope, locator, capture);
    } catch (ActionFailedException e) {
      return null;
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
