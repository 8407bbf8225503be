package com.argus.engine.project;

import java.time.Instant;

/**
 * A project: one application under test, its base URL, its specs folder and its settings.
 *
 * @param specsDir where the project's spec files live; may be null for projects made from the
 *     command line without one
 * @param settings the project's settings; null means the defaults
 * @param settingsProblem why the stored settings cannot be used (changed outside Argus), or null
 *     when they can. Such a project still lists and opens, so one damaged row hides no other
 *     project; whatever needs its settings gets this error, which says how to correct them
 *
 * <p>Immutable.
 */
public record Project(long id, String name, String baseUrl, String specsDir, Instant createdAt, ProjectSettings settings,
    ProjectSettingsException settingsProblem) {
  public Project {
    settings = settings == null ? ProjectSettings.DEFAULTS : settings;
  }

  public Project(long id, String name, String baseUrl, String specsDir, Instant createdAt, ProjectSettings settings) {
    this(id, name, baseUrl, specsDir, createdAt, settings, null);
  }

  /**
   * The project's settings.
   *
   * @throws ProjectSettingsException when the stored settings cannot be used: running, recording or
   *     healing with defaults in their place would quietly do something else than the project says
   */
  @Override
  public ProjectSettings settings() {
    if (settingsProblem != null) {
      throw settingsProblem;
    }
    return settings;
  }

  /** Whether {@link #settings()} can be read. */
  public boolean hasUsableSettings() {
    return settingsProblem == null;
  }
}
