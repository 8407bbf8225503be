package com.argus.engine.spec;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What an element looked like when it was last seen working: the evidence healing compares a
 * changed page against. Every property may be absent. Property names in files are the ones
 * {@code argus locate} documents (snake_case), so one description serves specs and the heal lab.
 *
 * <p>Immutable.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "tag", "id", "name", "class", "type", "role", "aria_label", "accessible_name", "text",
  "visible_text", "value", "label", "placeholder", "title", "alt", "href", "src", "testid",
  "xpath", "idxpath", "x", "y", "width", "height", "is_button", "neighbor_text", "record_text", "ancestors",
  "attributes"
})
public record ElementFingerprint(
    String tag,
    String id,
    String name,
    @JsonProperty("class") String classes,
    String type,
    String role,
    @JsonProperty("aria_label") String ariaLabel,
    @JsonProperty("accessible_name") String accessibleName,
    String text,
    @JsonProperty("visible_text") String visibleText,
    String value,
    String label,
    String placeholder,
    String title,
    String alt,
    String href,
    String src,
    String testid,
    String xpath,
    String idxpath,
    Double x,
    Double y,
    Double width,
    Double height,
    @JsonProperty("is_button") Boolean isButton,
    @JsonProperty("neighbor_text") String neighborText,
    @JsonProperty("record_text") String recordText,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> ancestors,
    Map<String, String> attributes) {

  public ElementFingerprint {
    ancestors = ancestors == null ? List.of() : List.copyOf(ancestors);
    attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(attributes));
  }

  /** The class attribute split into its names. */
  public List<String> classList() {
    return classes == null || classes.isBlank() ? List.of() : List.of(classes.trim().split("\\s+"));
  }
}
