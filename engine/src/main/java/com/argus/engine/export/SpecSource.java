package com.argus.engine.export;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFiles;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A spec to export and the file it came from. The file names the exported test and anchors the
 * relative paths inside the spec (upload files, a data CSV); it may be null for a spec built in
 * memory, and then those paths resolve against the working directory.
 *
 * <p>Immutable.
 */
public record SpecSource(TestSpec spec, Path file) {
  public SpecSource {
    Objects.requireNonNull(spec, "spec");
  }

  /** Reads one spec file. */
  public static SpecSource load(Path file) {
    return new SpecSource(SpecFormat.read(file), file);
  }

  /**
   * Reads every spec named: files as they are, folders searched for {@code *.spec.yaml} (sorted,
   * so exports are stable). What the command line passes as {@code SPEC_OR_FOLDER...}.
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

  /** The folder relative paths in the spec are resolved against. */
  Path folder() {
    Path parent = file == null ? null : file.toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  /** The file's name without {@code .spec.yaml}, else a slug of the spec's name. */
  String baseName() {
    if (file != null) {
      String n = file.getFileName().toString();
      for (String ext : List.of(".spec.yaml", ".spec.yml", ".yaml", ".yml")) {
        if (n.endsWith(ext)) {
          return Names.slug(n.substring(0, n.length() - ext.length()));
        }
      }
      return Names.slug(n);
    }
    return Names.slug(spec.name() == null ? "exported" : spec.name());
  }
}
