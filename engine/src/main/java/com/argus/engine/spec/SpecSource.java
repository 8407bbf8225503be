package com.argus.engine.spec;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A spec and where it came from, as replay and export take it.
 *
 * @param file the file it was read from, or null for a spec built in memory; relative paths inside
 *     the spec (upload files, a data CSV) resolve against its folder, else the working directory
 * @param specKey its identity in the store: the path relative to the project's specs folder, else
 *     the absolute path (the spec's name for a spec without a file)
 *
 * <p>Immutable.
 */
public record SpecSource(TestSpec spec, Path file, String specKey) {
  public SpecSource {
    Objects.requireNonNull(spec, "spec");
  }

  /** Keyed by its absolute path. */
  public SpecSource(TestSpec spec, Path file) {
    this(spec, file, file == null ? spec.name() : file.toAbsolutePath().normalize().toString());
  }

  public static SpecSource of(TestSpec spec, Path file) {
    return new SpecSource(spec, file);
  }

  /** The folder relative paths in the spec are resolved against. */
  public Path folder() {
    Path parent = file == null ? null : file.toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }
}
