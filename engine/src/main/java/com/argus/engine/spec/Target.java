package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The element a step acts on: its locator candidates, best first, and the element's fingerprint.
 *
 * <p>Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"candidates", "fingerprint"})
public record Target(List<Locator> candidates, ElementFingerprint fingerprint) {
  public Target {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }

  public static Target of(Locator... candidates) {
    return new Target(List.of(candidates), null);
  }

  @JsonIgnore
  public Locator primary() {
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  public Target withFingerprint(ElementFingerprint newFingerprint) {
    return new Target(candidates, newFingerprint);
  }

  /** This target with {@code locator} first and the others after it, without duplicates. */
  public Target withPrimary(Locator locator) {
    List<Locator> ranked = new ArrayList<>();
    ranked.add(locator);
    candidates.stream().filter(c -> !c.equals(locator)).forEach(ranked::add);
    return new Target(ranked, fingerprint);
  }

  /** A short human form of the primary locator, for messages. */
  public String describe() {
    Locator primary = primary();
    return primary == null ? "(no locator)" : primary.describe();
  }
}
