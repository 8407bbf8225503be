package com.argus.engine.spec.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** Every example spec the project ships: the format's own examples and the demo-app specs. */
final class SpecExamples {
  private SpecExamples() {}

  static List<Path> all() throws IOException {
    List<Path> roots = List.of(Paths.get("src/test/resources/spec/examples"), Paths.get("../examples"));
    List<Path> found = new java.util.ArrayList<>();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          files.filter(p -> p.toString().endsWith(".spec.yaml")).sorted().forEach(found::add);
        }
      }
    }
    return found;
  }
}
