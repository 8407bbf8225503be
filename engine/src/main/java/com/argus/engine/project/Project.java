package com.argus.engine.project;

import java.time.Instant;
import java.util.Map;

/**
 * A project: one application under test, its base URL, its specs folder and its settings.
 *
 * @param specsDir where the project's spec files live; may be null for projects made from the
 *     command line without one
 * @param settings free-form typed-on-read settings (test-id attributes, locator priority, heal
 *     thresholds), stored as text
 */
public record Project(long id, String name, String baseUrl, String specsDir, Instant createdAt, Map<String, String> settings) {
  public Project {
    settings = settings == null ? Map.of() : Map.copyOf(settings);
  }
}
