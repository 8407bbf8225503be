package com.argus.engine.export;

import com.argus.demo.DemoServer;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.format.SpecSources;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exported Java compiles with the test classpath (Playwright and JUnit are on it) and passes
 * when run by the JUnit Platform Launcher against the system Chromium: the fixture specs against
 * the fixture site, the demo-app specs (examples/demo) against a {@link DemoServer}, both packages
 * in one child JVM.
 */
class PlaywrightJavaExportIT {
  static final Path WORK = Path.of("target", "export-it", "java").toAbsolutePath();
  static final String PACKAGE = "argus.it.exported";
  static FixtureSite site;
  static DemoServer demo;

  @BeforeAll
  static void startSites() throws IOException {
    site = new FixtureSite();
    demo = DemoServer.start("v1", 0);
  }

  @AfterAll
  static void stopSites() {
    site.close();
    demo.close();
  }

  @Test
  void exportedJavaCompilesAndPassesUnderTheJUnitLauncher() throws Exception {
    ExportFixtures.deleteTree(WORK);
    Path sources = WORK.resolve("src");
    Path resources = WORK.resolve("resources");
    ExportResult result = new PlaywrightJavaExporter().export(ExportFixtures.specs(),
        ExportOptions.into(sources).withPackage(PACKAGE).withResourcesDir(resources));
    assertThat(result.unsupported()).isEmpty();
    assertThat(resources.resolve("argus/it/exported/fixtures/hello.txt")).exists();
    ExportResult demoResult = new PlaywrightJavaExporter().export(ExportFixtures.demoSpecs(),
        ExportOptions.into(sources).withPackage(ExportFixtures.DEMO_PACKAGE).withResourcesDir(resources));
    assertThat(demoResult.unsupported()).isEmpty();

    Path classes = compile(sources, WORK.resolve("classes"));

    site.clearEchoes();
    // The fixture package gets its server through -Dargus.baseUrl, the demo package through ARGUS_BASE_URL.
    String output = run(classes, resources, List.of(PACKAGE + "=" + site.baseUrl(), ExportFixtures.DEMO_PACKAGE),
        WORK.resolve("run.log"));
    // fixtures: shop 1 + search 3 rows + widgets 1 + hostile 1
    assertThat(output).as(output).contains("SUMMARY[" + PACKAGE + "] found=6 succeeded=6 failed=0 aborted=0 skipped=0");
    // demo: shop 1 + search 3 rows + widgets 1
    assertThat(output).as(output)
        .contains("SUMMARY[" + ExportFixtures.DEMO_PACKAGE + "] found=5 succeeded=5 failed=0 aborted=0 skipped=0")
        .contains("SUMMARY found=11 succeeded=11 failed=0 aborted=0 skipped=0");
    assertThat(site.echoes()).as("what the exported hostile test typed and sent")
        .containsExactlyElementsOf(ExportFixtures.expectedEchoes());
  }

  /**
   * Runs the packages' tests in one child JVM with the user's environment (ARGUS_BASE_URL is the
   * demo server); {@code package=url} overrides the base URL for one package. Returns its output.
   */
  static String run(Path classes, Path resources, List<String> packages, Path log) throws Exception {
    String classpath = String.join(File.pathSeparator, classes.toString(), resources.toString(), testClasspath());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath, ExportedTestsMain.class.getName()));
    command.addAll(packages);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("ARGUS_BASE_URL", demo.baseUri().toString());
    pb.environment().put("ARGUS_SECRET_PASSWORD", ExportFixtures.SECRET_PASSWORD);
    pb.environment().put("ARGUS_BROWSER", "/usr/bin/chromium");
    pb.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    pb.redirectOutput(log.toFile());
    Process p = pb.start();
    if (!p.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor();
    }
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** Compiles every generated source; fails with the compiler's messages. */
  static Path compile(Path sources, Path classes) throws IOException {
    Files.createDirectories(classes);
    List<File> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(sources)) {
      walk.filter(f -> f.toString().endsWith(".java")).forEach(f -> files.add(f.toFile()));
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager fm = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean ok = compiler.getTask(messages, fm, null,
          List.of("-classpath", testClasspath(), "-d", classes.toString(), "-encoding", "UTF-8", "-Xlint:all", "-Werror"),
          null, fm.getJavaFileObjectsFromFiles(files)).call();
      assertThat(ok).as("the exported Java compiles:\n%s", messages).isTrue();
    }
    return classes;
  }

  /** The test classpath: Playwright, JUnit (with the launcher) and this module's test classes. */
  static String testClasspath() {
    return System.getProperty("java.class.path");
  }

  @Test
  void aWrongDialogMessageFailsTheExportedJavaTest() throws Exception {
    Path work = WORK.resolveSibling("java-failing");
    ExportFixtures.deleteTree(work);
    SpecSource shop = SpecSources.load(ExportFixtures.SPECS.resolve("shop.spec.yaml"));
    SpecSource wrongDialog = new SpecSource(shop.spec().withName("Wrong dialog message")
        .withStep("confirm-remove", s -> new Step(s.id(), s.name(), s.action(), null, null, null,
            new DialogAnswer(true, null, "Something else?"), null, null, null, null, null)), null);
    new PlaywrightJavaExporter().export(List.of(wrongDialog),
        ExportOptions.into(work.resolve("src")).withPackage("argus.it.failing"));
    Path classes = compile(work.resolve("src"), work.resolve("classes"));
    String output = run(classes, work.resolve("src"), List.of("argus.it.failing=" + site.baseUrl()),
        work.resolve("run.log"));
    assertThat(output).contains("SUMMARY found=1 succeeded=0 failed=1").contains("Something else?");
  }
}
