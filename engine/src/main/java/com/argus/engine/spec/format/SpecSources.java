package com.argus.engine.spec.format;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.SpecSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads spec files into {@link SpecSource}s. It lives on the format side so that the model does not
 * know its file format. Stateless.
 */
public final class SpecSources {
  private SpecSources() {}

  /** Reads one spec file. */
  public static SpecSource load(Path file) {
    return new SpecSource(SpecFormat.read(file), file);
  }

  /**
   * Reads every spec named: files as they are, folders searched for {@code *.spec.yaml} (sorted, so
   * runs and exports are stable). What the command line passes as {@code SPEC_OR_FOLDER...}.
   */
  public static List<SpecSource> collect(List<Path> specsOrFolders) {
    List<SpecSource> out = new ArrayList<>();
    for (Path p : specsOrFolders) {
      SpecFiles.expand(p).forEach(f -> out.add(load(f)));
    }
    if (out.isEmpty()) {
      throw new ArgusException("no *.spec.yaml files in " + specsOrFolders);
    }
    return out;
  }
}
