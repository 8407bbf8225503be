package com.argus.engine.export;

import com.argus.engine.spec.SpecSource;
import com.argus.engine.spec.format.SpecSources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Pins the shape of the exported code for the example specs (and the demo-app specs when present). */
class ExportGoldenTest {
  static List<SpecSource> exampleSpecs() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/spec/examples"))) {
      s.filter(p -> p.toString().endsWith(".spec.yaml")).sorted().forEach(files::add);
    }
    return files.stream().map(SpecSources::load).toList();
  }

  @Test
  void typeScriptOfTheExampleSpecsMatchesTheGoldenFiles() throws IOException {
    ExportResult result = new PlaywrightTsExporter().render(exampleSpecs(), ExportOptions.into(Path.of("out")));
    for (ExportedFile f : result.files()) {
      if (f.isGenerated()) {
        GoldenFiles.check("examples/ts/" + f.path(), f.content());
      }
    }
    assertThat(result.paths()).contains("playwright.config.ts", "checkout.spec.ts", "data-driven.spec.ts", "widgets.spec.ts");
    assertThat(result.unsupported()).isEmpty();
  }

  @Test
  void javaOfTheExampleSpecsMatchesTheGoldenFiles() throws IOException {
    ExportResult result = new PlaywrightJavaExporter().render(exampleSpecs(),
        ExportOptions.into(Path.of("out")).withPackage("com.example.e2e"));
    for (ExportedFile f : result.files()) {
      if (f.isGenerated()) {
        GoldenFiles.check("examples/java/" + f.path(), f.content());
      }
    }
    assertThat(result.paths()).contains("com/example/e2e/CheckoutTest.java", "com/example/e2e/DataDrivenTest.java",
        "com/example/e2e/WidgetsTest.java");
    assertThat(result.unsupported()).isEmpty();
  }

  @Test
  void exportsOfTheDemoAppSpecsMatchTheGoldenFiles() throws IOException {
    ExportResult ts = new PlaywrightTsExporter().render(ExportFixtures.demoSpecs(), ExportOptions.into(Path.of("out")));
    ExportResult java = new PlaywrightJavaExporter().render(ExportFixtures.demoSpecs(),
        ExportOptions.into(Path.of("out")).withPackage(ExportFixtures.DEMO_PACKAGE));
    for (ExportedFile f : ts.files()) {
      if (f.isGenerated()) {
        GoldenFiles.check("demo/ts/" + f.path(), f.content());
      }
    }
    for (ExportedFile f : java.files()) {
      if (f.isGenerated()) {
        GoldenFiles.check("demo/java/" + f.path(), f.content());
      }
    }
    assertThat(ts.paths()).contains("playwright.config.ts", "shop.spec.ts", "widgets.spec.ts", "search.spec.ts",
        "files/report.txt");
    assertThat(java.paths()).contains("argus/it/demo/ShopTest.java", "argus/it/demo/WidgetsTest.java",
        "argus/it/demo/SearchTest.java");
    assertThat(ts.unsupported()).isEmpty();
    assertThat(java.unsupported()).isEmpty();
  }

  @Test
  void exportsOfTheFixtureSpecsThatRunGreenMatchTheGoldenFiles() throws IOException {
    ExportResult ts = new PlaywrightTsExporter().render(ExportFixtures.specs(), ExportOptions.into(Path.of("out")));
    ExportResult java = new PlaywrightJavaExporter().render(ExportFixtures.specs(),
        ExportOptions.into(Path.of("out")).withPackage(PlaywrightJavaExportIT.PACKAGE));
    for (ExportedFile f : ts.files()) {
      if (f.isGenerated()) {
        GoldenFiles.check("fixtures/ts/" + f.path(), f.content());
      }
    }
    for (ExportedFile f : java.files()) {
      if (f.isGenerated()) {
        GoldenFiles.check("fixtures/java/" + f.path(), f.content());
      }
    }
  }
}
