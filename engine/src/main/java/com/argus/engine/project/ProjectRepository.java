package com.argus.engine.project;

import java.util.List;
import java.util.Optional;

/**
 * Projects in the workspace. Implemented by the store; every method is its own transaction.
 * Implementations are thread-safe.
 */
public interface ProjectRepository {
  /**
   * Creates a project.
   *
   * @throws com.argus.engine.ArgusException when a project of that name exists
   */
  Project create(String name, String baseUrl, String specsDir);

  /**
   * @throws com.argus.engine.ArgusException when the stored settings hold a value not allowed (the
   *     message names the project and the setting); likewise for the other look-ups
   */
  Optional<Project> findByName(String name);

  Optional<Project> findById(long id);

  /** All projects, by name. */
  List<Project> list();

  /** Replaces the project's settings (validated when they were made). */
  Project updateSettings(long projectId, ProjectSettings settings);

  Project rename(long projectId, String newName);

  /**
   * Points the project at another address of its app (another environment, or the bundled demo app
   * when it came up on another port).
   */
  Project updateBaseUrl(long projectId, String baseUrl);

  void delete(long projectId);
}
