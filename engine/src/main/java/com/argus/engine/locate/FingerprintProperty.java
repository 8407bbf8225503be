package com.argus.engine.locate;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One property relocation compares, with the name it has in fingerprint files and reports and
 * its weight in Similo (Nass et al., "Similarity-based web element localization for robust test
 * automation", TOSEM 2023), the method this relocation starts from. Properties Similo does not
 * have carry {@code 0} there. The weights Argus uses are in {@link SimilarityWeights}.
 */
public enum FingerprintProperty {
  TAG("tag", 1.5),
  ID("id", 1.5),
  NAME("name", 1.5),
  CLASS("class", 0.5),
  TYPE("type", 0),
  ROLE("role", 0),
  ARIA_LABEL("aria_label", 0),
  ACCESSIBLE_NAME("accessible_name", 0),
  TEXT("text", 0),
  VISIBLE_TEXT("visible_text", 1.5),
  VALUE("value", 0),
  LABEL("label", 0),
  PLACEHOLDER("placeholder", 0),
  TITLE("title", 0),
  ALT("alt", 0.5),
  HREF("href", 0.5),
  SRC("src", 0),
  TESTID("testid", 0),
  XPATH("xpath", 0.5),
  IDXPATH("idxpath", 0.5),
  /** Distance between the top-left corners. */
  LOCATION("location", 0.5),
  /** Ratio of the areas. */
  AREA("area", 0.5),
  /** Ratio of the aspect ratios. */
  SHAPE("shape", 0.5),
  IS_BUTTON("is_button", 0.5),
  NEIGHBOR_TEXT("neighbor_text", 1.5),
  /** The text of the table row, list item or card the element belongs to. */
  RECORD_TEXT("record_text", 0),
  ANCESTORS("ancestors", 0),
  ATTRIBUTES("attributes", 0);

  private final String key;
  private final double similoWeight;

  FingerprintProperty(String key, double similoWeight) {
    this.key = key;
    this.similoWeight = similoWeight;
  }

  /** The name in files, reports and {@code argus locate} output. */
  @JsonValue
  public String key() {
    return key;
  }

  /** The weight the Similo paper gives this property; 0 where Similo does not use it. */
  public double similoWeight() {
    return similoWeight;
  }
}
