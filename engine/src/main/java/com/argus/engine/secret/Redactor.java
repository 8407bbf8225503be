package com.argus.engine.secret;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Masks secret values as {@value #MASK} in anything Argus writes: messages, log lines, results,
 * reports. Longer secrets are masked first so one secret inside another never half-shows.
 *
 * <p>Immutable and thread-safe.
 */
public final class Redactor {
  public static final String MASK = "*****";
  private static final Redactor NONE = new Redactor(List.of());

  private final List<String> secrets;

  private Redactor(List<String> secrets) {
    this.secrets = secrets;
  }

  /** A redactor for these values; blank values are ignored (masking them would mask everything). */
  public static Redactor of(Collection<String> secretValues) {
    List<String> values = secretValues.stream()
        .filter(Objects::nonNull)
        .filter(v -> !v.isBlank())
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
    return values.isEmpty() ? NONE : new Redactor(values);
  }

  public static Redactor none() {
    return NONE;
  }

  /** This redactor also masking {@code more}. */
  public Redactor and(Collection<String> more) {
    List<String> all = new java.util.ArrayList<>(secrets);
    all.addAll(more);
    return of(all);
  }

  /** The text with every secret masked; null stays null. */
  public String redact(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    return out;
  }

  public boolean isEmpty() {
    return secrets.isEmpty();
  }
}
