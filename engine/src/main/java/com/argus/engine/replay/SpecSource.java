package com.argus.engine.replay;

import com.argus.engine.spec.TestSpec;
import java.nio.file.Path;

/**
 * A spec to run and where it came from.
 *
 * @param file the file it was read from (upload paths and data files are relative to it), or null
 * @param specKey its identity in the store: the path relative to the project's specs folder, else
 *     the absolute path
 */
public record SpecSource(TestSpec spec, Path file, String specKey) {
  public static SpecSource of(TestSpec spec, Path file) {
    return new SpecSource(spec, file, file == null ? spec.name() : file.toAbsolutePath().normalize().toString());
  }
}
