package com.argus.recorder.capture;

import com.argus.engine.locate.DomScript;
import com.argus.recorder.convert.GeneratedValues;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

/**
 * The script injected into every frame of a recorded page, with this recording's settings
 * (test-id attributes, secret field selectors, the generated-value patterns) written into it, and
 * the engine's page-side helper ({@link DomScript}, whose {@code fingerprint} the recorder uses, so
 * there is one fingerprint script for recording and replay).
 *
 * <p>Immutable and thread-safe.
 */
public final class CaptureScript {
  /** The prefix of the page-side function the script calls with each event (a JSON string). */
  public static final String BINDING = "__argusRecord";
  private static final String RESOURCE = "recorder.js";
  private static final String MARKER = "/*ARGUS_CONFIG*/";
  /** Where the engine's page-side helper is written in: one fingerprint script for record and replay. */
  private static final String DOM_MARKER = "/*ARGUS_DOM*/ null";

  /** One salt per recording for the value digests (see recorder.js, valueDigest). */
  private static final SecureRandom SALTS = new SecureRandom();
  private final String source;

  private CaptureScript(String source) {
    this.source = source;
  }

  /**
   * @param testIdAttributes attributes holding test ids, in the order they are preferred
   * @param secretSelectors CSS selectors of fields recorded as secrets besides password fields
   */
  public static CaptureScript create(List<String> testIdAttributes, List<String> secretSelectors, String binding) {
    return create(testIdAttributes, secretSelectors, binding, false);
  }

  /**
   * @param binding the name of the page function that receives events
   * @param recordSynthetic also record events the page dispatches itself (the benchmark does)
   */
  public static CaptureScript create(List<String> testIdAttributes, List<String> secretSelectors, String binding,
      boolean recordSynthetic) {
    return create(testIdAttributes, secretSelectors, binding, recordSynthetic, SALTS.nextInt());
  }

  /**
   * @param valueSalt salts the value digests the page sends; the recording's converter digests with
   *     the same salt ({@link com.argus.recorder.convert.ValueDigest})
   */
  public static CaptureScript create(List<String> testIdAttributes, List<String> secretSelectors, String binding,
      boolean recordSynthetic, int valueSalt) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode config = json.createObjectNode();
    config.set("testIdAttributes", json.valueToTree(testIdAttributes));
    config.set("secretSelectors", json.valueToTree(secretSelectors));
    config.set("generatedIdPatterns", json.valueToTree(GeneratedValues.ID_PATTERNS));
    config.set("hashedClassPatterns", json.valueToTree(GeneratedValues.CLASS_PATTERNS));
    config.set("frameworkAttributePatterns", json.valueToTree(GeneratedValues.FRAMEWORK_ATTRIBUTE_PATTERNS));
    config.put("binding", binding);
    config.put("assertShortcut", "Control+Shift+A");
    config.put("recordSynthetic", recordSynthetic);
    config.put("valueSalt", valueSalt);
    String template = template();
    int at = template.indexOf(MARKER);
    int end = template.indexOf("};", at);
    if (at < 0 || end < 0) {
      throw new IllegalStateException("recorder.js lost its configuration marker");
    }
    String withConfig = template.substring(0, at) + config + ";" + template.substring(end + 2);
    int dom = withConfig.indexOf(DOM_MARKER);
    if (dom < 0) {
      throw new IllegalStateException("recorder.js lost its DOM helper marker");
    }
    return new CaptureScript(withConfig.substring(0, dom) + "(" + DomScript.source() + ")"
        + withConfig.substring(dom + DOM_MARKER.length()));
  }

  public String source() {
    return source;
  }

  private static String template() {
    try (InputStream in = CaptureScript.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new CaptureException("the recorder is incomplete: " + RESOURCE + " is missing from its jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CaptureException("the recorder script could not be read", e);
    }
  }
}
