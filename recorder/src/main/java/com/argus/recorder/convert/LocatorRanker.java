package com.argus.recorder.convert;

import com.argus.engine.project.ProjectSettings;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Orders the locator candidates the script verified for an element: the project's priority order,
 * with fragile candidates (generated ids, hashed classes, positional selectors) after all sound ones,
 * and generated ids/test ids dropped when anything sound remains.
 *
 * <p>Immutable and thread-safe.
 */
public final class LocatorRanker {
  /** The default order: most stable first. */
  public static final List<LocatorStrategy> DEFAULT_PRIORITY = ProjectSettings.DEFAULT_LOCATOR_PRIORITY;

  private final List<LocatorStrategy> priority;

  public LocatorRanker(List<LocatorStrategy> priority) {
    LinkedHashSet<LocatorStrategy> order = new LinkedHashSet<>(priority == null ? List.of() : priority);
    // Strategies the setting leaves out still rank, after the ones it names.
    order.addAll(DEFAULT_PRIORITY);
    this.priority = List.copyOf(order);
  }

  /** The candidates of one target, best first. */
  public List<Locator> rank(JsonNode candidates) {
    List<Ranked> all = new ArrayList<>();
    if (candidates == null || !candidates.isArray()) {
      return List.of();
    }
    for (JsonNode c : candidates) {
      Locator locator = toLocator(c);
      if (locator == null) {
        continue;
      }
      boolean generated = c.path("generated").asBoolean(false)
          || (locator.strategy() == LocatorStrategy.ID || locator.strategy() == LocatorStrategy.TESTID)
              && GeneratedValues.isGeneratedId(locator.value());
      boolean positional = c.path("positional").asBoolean(false)
          || locator.strategy() == LocatorStrategy.CSS && GeneratedValues.isFragileSelector(locator.value());
      all.add(new Ranked(locator, generated, positional, priority.indexOf(locator.strategy())));
    }
    boolean anySound = all.stream().anyMatch(r -> !r.generated && !r.positional);
    List<Locator> out = new ArrayList<>();
    all.stream()
        .filter(r -> !(anySound && r.generated))
        .sorted(Comparator.comparingInt((Ranked r) -> r.generated || r.positional ? 1 : 0).thenComparingInt(r -> r.rank))
        .map(Ranked::locator)
        .filter(l -> !out.contains(l))
        .forEach(out::add);
    return out;
  }

  private static Locator toLocator(JsonNode c) {
    String strategyName = c.path("strategy").asText(null);
    String value = c.path("value").asText(null);
    if (strategyName == null || value == null || value.isBlank()) {
      return null;
    }
    LocatorStrategy strategy;
    try {
      strategy = LocatorStrategy.fromFileName(strategyName);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (strategy == LocatorStrategy.TESTID) {
      return Locator.testId(c.path("attribute").asText("data-testid"), value);
    }
    String name = c.hasNonNull("name") ? c.get("name").asText() : null;
    Boolean exact = c.path("exact").asBoolean(false) ? Boolean.TRUE : null;
    return new Locator(strategy, value, name, null, exact);
  }

  private record Ranked(Locator locator, boolean generated, boolean positional, int rank) {}
}
