package com.argus.app.common;

import com.argus.engine.project.Project;
import java.nio.file.Path;

/**
 * A spec file of a project, as the screens pass it between them.
 *
 * @param key the spec's identity in the store: its path relative to the project's specs folder,
 *     with forward slashes
 * @param file the spec file on disk
 */
public record SpecRef(Project project, String key, Path file) {}
