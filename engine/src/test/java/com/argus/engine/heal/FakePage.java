package com.argus.engine.heal;

import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A page as plain data: its candidates, and which locator finds which candidates. */
final class FakePage implements PageSnapshot {
  final String url;
  final List<ElementFingerprint> candidates;
  final Map<Locator, List<Integer>> matches = new HashMap<>();

  FakePage(String url, List<ElementFingerprint> candidates) {
    this.url = url;
    this.candidates = candidates;
  }

  FakePage finds(Locator l, Integer... indices) {
    matches.put(l, List.of(indices));
    return this;
  }

  @Override
  public String url() {
    return url;
  }

  @Override
  public int count(Locator locator) {
    return matches.getOrDefault(locator, List.of()).size();
  }

  @Override
  public Optional<ElementFingerprint> describe(Locator locator) {
    List<Integer> m = matches.getOrDefault(locator, List.of());
    return m.size() == 1 ? Optional.of(candidates.get(m.get(0))) : Optional.empty();
  }

  @Override
  public List<ElementFingerprint> candidates() {
    return candidates;
  }

  @Override
  public Locator locatorFor(int index) {
    ElementFingerprint f = candidates.get(index);
    return f.id() != null ? Locator.of(LocatorStrategy.ID, f.id()) : Locator.of(LocatorStrategy.XPATH, f.xpath());
  }
}
