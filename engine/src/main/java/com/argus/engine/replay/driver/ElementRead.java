package com.argus.engine.replay.driver;

/** What {@link BrowserDriver#read} reads from an element. */
public enum ElementRead {
  TEXT,
  VALUE,
  CHECKED,
  ATTRIBUTE
}
