package com.argus.engine.spec.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Who a spec is: its project and its key, as runs, versions and heal proposals name it.
 *
 * <p>The key of a spec inside its project's specs folder is its path relative to that folder, with
 * forward slashes ({@code checkout/pay.spec.yaml}), so its history survives a move of the folder. A
 * spec outside any project's folder (run from a file) is keyed by its absolute, normalised path;
 * such a key names one file whatever the project. Immutable.
 *
 * @param projectId the project, or null for a spec run outside any project
 * @param key the relative path in the project's specs folder, or an absolute path
 */
public record SpecId(Long projectId, String key) {
  public SpecId {
    Objects.requireNonNull(key, "key");
  }

  /** A spec in a project's specs folder. */
  public static SpecId of(long projectId, String key) {
    return new SpecId(projectId, key);
  }

  /** A spec known only by its file: keyed by its absolute path, in no project. */
  public static SpecId ofFile(Path file) {
    return new SpecId(null, file.toAbsolutePath().normalize().toString());
  }

  /** Whether the key is a file path of its own rather than a path inside a project's specs folder. */
  public boolean isAbsolute() {
    return Path.of(key).isAbsolute();
  }

  @Override
  public String toString() {
    return projectId == null ? key : key + " (project " + projectId + ")";
  }
}
