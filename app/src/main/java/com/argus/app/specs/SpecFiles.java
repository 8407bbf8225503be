package com.argus.app.specs;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The spec files of a project's specs folder: find, create, copy, rename and delete them. Plain
 * blocking I/O; view models call it through the TaskRunner.
 */
public final class SpecFiles {
  public static final String SUFFIX = ".spec.yaml";

  private SpecFiles() {}

  /** Every spec file under the folder, sorted by key; none when the folder does not exist yet. */
  public static List<Path> find(Path specsDir) {
    if (!Files.isDirectory(specsDir)) {
      return List.of();
    }
    return com.argus.engine.spec.format.SpecFiles.expand(specsDir).stream().filter(Files::isRegularFile).toList();
  }

  public static String keyOf(Path specsDir, Path file) {
    return specsDir.relativize(file).toString().replace('\\', '/');
  }

  /** A file name for a spec name: lower case, dashes, the spec suffix. */
  public static String fileNameFor(String specName) {
    String slug = specName.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return (slug.isEmpty() ? "spec" : slug) + SUFFIX;
  }

  /** A file in {@code dir} named after {@code specName} that does not exist yet. */
  public static Path freeFile(Path dir, String specName) {
    String name = fileNameFor(specName);
    Path candidate = dir.resolve(name);
    String stem = name.substring(0, name.length() - SUFFIX.length());
    for (int i = 2; Files.exists(candidate); i++) {
      candidate = dir.resolve(stem + "-" + i + SUFFIX);
    }
    return candidate;
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new ArgusException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public static void writeText(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new ArgusException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  public static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new ArgusException("cannot delete " + file + ": " + e.getMessage(), e);
    }
  }

  public static void move(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.move(from, to);
    } catch (IOException e) {
      throw new ArgusException("cannot rename " + from.getFileName() + " to " + to.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** Writes a new spec with the given name and no steps but opening the base URL. */
  public static Path create(Path dir, TestSpec spec) {
    Path file = freeFile(dir, spec.name());
    SpecFormat.write(spec, file);
    return file;
  }

  /** All files of a folder tree, for tests and sample copying. */
  static List<Path> children(Path dir) {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.forEach(out::add);
    } catch (IOException e) {
      throw new ArgusException("cannot list " + dir, e);
    }
    return out;
  }
}
