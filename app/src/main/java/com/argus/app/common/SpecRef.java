package com.argus.app.common;

import com.argus.engine.project.Project;
import com.argus.engine.spec.store.SpecId;
import com.argus.engine.spec.store.SpecStore;
import java.nio.file.Path;

/**
 * A spec file of a project, as the screens pass it between them.
 *
 * @param key the spec's key in its project ({@link SpecId}): its path relative to the project's specs
 *     folder, with forward slashes
 * @param file the spec file on disk
 */
public record SpecRef(Project project, String key, Path file) {
  /** The spec file of a project, keyed as the store keys it. */
  public static SpecRef of(Project project, Path file) {
    return new SpecRef(project, SpecStore.keyOf(project, file).key(), file);
  }

  /** The spec's identity, to resolve or save it through the {@link SpecStore}. */
  public SpecId id() {
    return new SpecId(project.id(), key);
  }
}
