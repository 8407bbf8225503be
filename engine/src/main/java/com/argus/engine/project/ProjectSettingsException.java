package com.argus.engine.project;

import com.argus.engine.ArgusException;
import java.util.Map;

/**
 * A project's stored settings hold a value Argus cannot use (changed outside Argus, or damaged). It
 * carries what was stored, so the settings can be corrected without reading them as valid first.
 *
 * <p>Immutable; safe to pass between threads.
 */
public class ProjectSettingsException extends ArgusException {
  private final long projectId;
  private final String projectName;
  private final Map<String, String> stored;

  /**
   * @param stored the settings as stored, by name; empty when they were not readable at all
   */
  public ProjectSettingsException(long projectId, String projectName, Map<String, String> stored, String userMessage,
      Throwable cause) {
    super(userMessage, cause);
    this.projectId = projectId;
    this.projectName = projectName;
    this.stored = Map.copyOf(stored);
  }

  public long projectId() {
    return projectId;
  }

  public String projectName() {
    return projectName;
  }

  /** The settings as stored, by name: a correction starts from these. */
  public Map<String, String> stored() {
    return stored;
  }
}
