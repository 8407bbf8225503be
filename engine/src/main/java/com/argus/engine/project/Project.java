package com.argus.engine.project;

import java.time.Instant;

/**
 * A project: one application under test, its base URL, its specs folder and its settings.
 *
 * @param specsDir where the project's spec files live; may be null for projects made from the
 *     command line without one
 * @param settings the project's settings; null means the defaults
 *
 * <p>Immutable.
 */
public record Project(long id, String name, String baseUrl, String specsDir, Instant createdAt, ProjectSettings settings) {
  public Project {
    settings = settings == null ? ProjectSettings.DEFAULTS : settings;
  }
}
