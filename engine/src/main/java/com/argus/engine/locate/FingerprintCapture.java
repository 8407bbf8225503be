package com.argus.engine.locate;

import com.argus.engine.spec.ElementFingerprint;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;

/**
 * Captures an element's {@link ElementFingerprint} in the page: the scripts to evaluate on each
 * backend and the conversion of their result. The replay engine refreshes baselines with it after
 * every successful step; the recorder captures fingerprints with the same script.
 *
 * <p>Immutable and thread-safe.
 */
public final class FingerprintCapture {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private FingerprintCapture() {}

  /** A Playwright function {@code (element) => fingerprint}, for {@code Locator.evaluate}. */
  public static String playwrightFunction() {
    return "(el) => (" + DomScript.source() + ").fingerprint(el)";
  }

  /**
   * A Playwright function {@code (elements) => {count, fp}} for {@code Locator.evaluateAll}: the
   * number of matches and, when exactly one, its fingerprint (null when {@code capture} is false).
   * One round trip answers both questions a replay step asks.
   */
  public static String playwrightProbe(boolean capture) {
    if (!capture) {
      return "(els) => ({count: els.length})";
    }
    return "(els) => els.length === 1 ? {count: 1, fp: (" + DomScript.source() + ").fingerprint(els[0])} : {count: els.length}";
  }

  /** A WebDriver script body returning the fingerprint of {@code arguments[0]}. */
  public static String seleniumScript() {
    return "return (" + DomScript.source() + ").fingerprint(arguments[0]);";
  }

  /** At most this many candidates are fingerprinted on one page; a bound on the cost of a heal. */
  public static final int MAX_CANDIDATES = 5000;

  /**
   * A function body, evaluated in a page or frame, returning the fingerprints of its candidate
   * elements for healing: the visible elements a step could act on or assert (controls, links,
   * labelled or role-bearing elements, elements with their own text), in document order, open
   * shadow roots pierced. Wrapped as {@code () => ...} for Playwright and {@code return ...} for
   * WebDriver.
   */
  public static String candidatesExpression() {
    return "(() => { const d = (" + DomScript.source() + ");"
        + " return d.candidates(document, " + MAX_CANDIDATES + ").map((el) => d.fingerprint(el)); })()";
  }

  /** The fingerprints from the list a candidates script returned; entries that are not maps are skipped. */
  public static java.util.List<ElementFingerprint> fromScriptResults(Object result) {
    if (!(result instanceof java.util.List<?> list)) {
      return java.util.List.of();
    }
    return list.stream().map(FingerprintCapture::fromScriptResult).filter(java.util.Objects::nonNull).toList();
  }

  /** The fingerprint from the map a script returned (snake_case keys), or null for null. */
  @SuppressWarnings("unchecked")
  public static ElementFingerprint fromScriptResult(Object result) {
    if (!(result instanceof Map)) {
      return null;
    }
    return MAPPER.convertValue((Map<String, Object>) result, ElementFingerprint.class);
  }
}
