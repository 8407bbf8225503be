package com.argus.engine.locate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The page-side helper {@code argus-dom.js}: one JavaScript expression yielding {@code find} (a
 * locator engine with Playwright's getBy* semantics that pierces open shadow roots), {@code
 * fingerprint} and {@code visible}. Used by the Selenium backend, fingerprint capture and the
 * recorder, so every part of Argus sees elements the same way.
 *
 * <p>Immutable and thread-safe.
 */
public final class DomScript {
  private static final String SOURCE = load();

  private DomScript() {}

  /** The script: an expression evaluating to the helper object. */
  public static String source() {
    return SOURCE;
  }

  /**
   * A WebDriver script body returning {@code find(arguments[0..5])}: strategy, value, name,
   * attribute, exact, and the scope element or null for the document.
   */
  public static String seleniumFind() {
    return "return (" + SOURCE + ").find(arguments[0], arguments[1], arguments[2], arguments[3], arguments[4], arguments[5]);";
  }

  private static String load() {
    try (InputStream in = DomScript.class.getResourceAsStream("argus-dom.js")) {
      if (in == null) {
        throw new IllegalStateException("argus-dom.js is missing from the engine jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
