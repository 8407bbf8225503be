package com.argus.engine.export;

import com.argus.demo.DemoServer;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import com.argus.engine.spec.format.SpecSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fixture specs the exported-code ITs run, and what the hostile one must send. */
final class ExportFixtures {
  static final Path SPECS = Path.of("src/test/resources/export/specs");
  /** The demo app's specs (examples/demo), run against {@link DemoServer}. */
  static final Path DEMO_SPECS = Path.of("../examples/demo");
  static final String DEMO_PACKAGE = "argus.it.demo";
  /**
   * The one secret both runs share (they run in one process): the demo shop checks it, the fixture
   * site accepts any password.
   */
  static final String SECRET_PASSWORD = "demo123";

  private ExportFixtures() {}

  static List<SpecSource> specs() throws IOException {
    try (Stream<Path> s = Files.list(SPECS)) {
      return s.filter(p -> p.toString().endsWith(".spec.yaml")).sorted().map(SpecSources::load).toList();
    }
  }

  static List<SpecSource> demoSpecs() throws IOException {
    try (Stream<Path> s = Files.list(DEMO_SPECS)) {
      return s.filter(p -> p.toString().endsWith(".spec.yaml")).sorted().map(SpecSources::load).toList();
    }
  }

  /** The hostile spec's fill values with its variables resolved: what the echo page must receive. */
  static List<String> expectedEchoes() {
    TestSpec spec = SpecSources.load(SPECS.resolve("hostile.spec.yaml")).spec();
    List<String> out = new ArrayList<>();
    for (Step s : spec.steps()) {
      if (s.action() == Action.FILL) {
        String v = s.value();
        for (Variable var : spec.variables()) {
          v = v.replace("${" + var.name() + "}", var.value());
        }
        out.add(v);
      }
    }
    return out;
  }

  /** Deletes a directory tree (symlinks are removed, never followed). */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
