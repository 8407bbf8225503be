package com.argus.engine.spec.format;

import com.argus.engine.ArgusException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds spec files: a file stands for itself, a folder for every {@code *.spec.yaml} under it, sorted. Stateless. */
public final class SpecFiles {
  public static final String SUFFIX = ".spec.yaml";

  private SpecFiles() {}

  public static List<Path> expand(Path fileOrFolder) {
    if (!Files.isDirectory(fileOrFolder)) {
      return List.of(fileOrFolder);
    }
    try (Stream<Path> files = Files.walk(fileOrFolder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
      throw new ArgusException(fileOrFolder + ": cannot be searched for specs (" + why + ")", e);
    }
  }
}
