package com.argus.engine.locate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What may be done with a relocation's best candidate. */
public enum Decision {
  /** Confident and unambiguous: apply without asking. */
  AUTO,
  /** Plausible but doubtful (below the auto threshold, or a look-alike close behind): a person decides. */
  REVIEW,
  /** Nothing on the page is plausibly the element. */
  NONE;

  @JsonValue
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
