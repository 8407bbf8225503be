package com.argus.store.heal;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.format.SpecFormat;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Locators as stored: the spec format's JSON, whose field order is fixed so equal locators compare equal in SQL. */
final class LocatorJson {
  private LocatorJson() {}

  static String write(Locator l) {
    if (l == null) {
      return null;
    }
    try {
      return SpecFormat.json().writeValueAsString(l);
    } catch (JsonProcessingException e) {
      throw new ArgusException("Argus could not store a locator: " + e.getOriginalMessage(), e);
    }
  }

  static Locator read(String json) {
    if (json == null) {
      return null;
    }
    try {
      return SpecFormat.json().readValue(json, Locator.class);
    } catch (JsonProcessingException e) {
      throw new ArgusException("A stored locator cannot be read (written by another Argus version?): " + json, e);
    }
  }
}
