package com.argus.engine.locate;

import com.argus.engine.spec.ElementFingerprint;
import java.util.List;
import java.util.Map;

/** Small fingerprint builders for tests. */
public final class Fingerprints {
  private Fingerprints() {}

  public static ElementFingerprint button(String id, String text, String xpath, double x, double y, String neighbors) {
    return new ElementFingerprint("button", id, null, "btn btn-primary", "submit", "button", null, text, text, text, null, null,
        null, null, null, null, null, null, xpath, null, x, y, 80.0, 30.0, true, neighbors, null, List.of("form#login"), Map.of());
  }

  public static ElementFingerprint link(String text, String href, String xpath, double x, double y, String neighbors) {
    return new ElementFingerprint("a", null, null, null, null, "link", null, text, text, text, null, null, null, null, null, href,
        null, null, xpath, null, x, y, 60.0, 16.0, false, neighbors, null, List.of(), Map.of());
  }
}
