package com.argus.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.cli.ArgusCommand;
import com.argus.app.common.DialogService;
import com.argus.app.common.ImmediateTaskRunner;
import com.argus.app.common.SpecRef;
import com.argus.app.common.WorkbenchContext;
import com.argus.app.service.ExportService;
import com.argus.app.service.ImportService;
import com.argus.engine.export.ExportFormat;
import com.argus.engine.project.Project;
import com.argus.engine.project.ProjectSettings;
import com.argus.engine.spec.store.SpecStore;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Export screen exports and imports through the same services as {@code argus export} and
 * {@code argus import}: the files it writes are the command line's, byte for byte.
 */
class ExportImportViewModelTest {
  static final Path EXAMPLES = Path.of("../engine/src/test/resources/spec/examples");
  static final Path RECORDING = Path.of("src/test/resources/import/demo-login.recording.json");

  @TempDir Path dir;

  @Test
  void savedJavaExportIsWhatTheCommandLineWrites() throws Exception {
    Path spec = EXAMPLES.resolve("checkout.spec.yaml");
    Path fromScreen = dir.resolve("screen");
    Path fromCli = dir.resolve("cli");
    ExportViewModel vm = viewModel(new Dialogs(fromScreen, null));
    vm.context().specProperty().set(new SpecRef(project(dir), "checkout.spec.yaml", spec));
    vm.formatProperty().set(ExportFormat.PLAYWRIGHT_JAVA);
    vm.javaPackageProperty().set(" com.acme.e2e ");

    assertThat(vm.codeProperty().get()).contains("package com.acme.e2e;");
    vm.save();

    assertThat(argus("export", spec.toString(), "--format", "playwright-java", "--package", "com.acme.e2e",
        "--out", fromCli.toString())).isZero();
    assertThat(vm.statusProperty().get()).startsWith("Wrote ");
    assertSameFiles(fromScreen, fromCli);
  }

  @Test
  void importedRecordingGoesIntoTheProjectsSpecsFolderKeepingItsSpecsAndMatchesTheCommandLine() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Path fromCli = dir.resolve("cli");
    assertThat(argus("import", RECORDING.toString(), "--out", fromCli.toString())).isZero();
    Path cliSpec;
    try (Stream<Path> files = Files.list(fromCli)) {
      cliSpec = files.filter(p -> p.toString().endsWith(".spec.yaml")).findFirst().orElseThrow();
    }
    // A spec of the project that happens to have the imported spec's name stays as it is.
    Path existing = specs.resolve(cliSpec.getFileName());
    Files.writeString(existing, "keep me");
    try (Workspace ws = Workspace.open(ArgusHome.at(dir.resolve("home")))) {
      Project shop = ws.projects().create("Shop", "http://127.0.0.1:1/", specs.toString());
      ExportViewModel vm = new ExportViewModel(new ExportService(), new ImportService(ws.specStore()),
          new ImmediateTaskRunner(), new Dialogs(null, RECORDING), new WorkbenchContext());
      vm.context().specProperty().set(new SpecRef(shop, existing.getFileName().toString(), existing));

      vm.importRecording();

      String base = cliSpec.getFileName().toString().replace(".spec.yaml", "");
      Path imported = specs.resolve(base + "-2.spec.yaml");
      assertThat(vm.statusProperty().get()).startsWith("Imported 1 spec(s) into " + specs).contains(base + "-2.spec.yaml")
          .contains("Not imported").contains("customStep");
      assertThat(Files.readString(existing)).isEqualTo("keep me");
      assertThat(Files.readString(imported)).isEqualTo(Files.readString(cliSpec));
      assertThat(ws.specStore().history(SpecStore.keyOf(shop, imported))).singleElement()
          .satisfies(v -> assertThat(v.author()).isEqualTo("import"));
    }
  }

  @Test
  void theCommandLineImportsIntoAProjectTheSameWay() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Path home = dir.resolve("home");
    assertThat(argus("--home", home.toString(), "project", "create", "Shop", "--base-url", "http://127.0.0.1:1/",
        "--specs", specs.toString())).isZero();
    assertThat(argus("--home", home.toString(), "import", RECORDING.toString(), "--project", "Shop")).isZero();
    assertThat(argus("--home", home.toString(), "import", RECORDING.toString(), "--project", "Shop")).isZero();

    List<Path> files;
    try (Stream<Path> list = Files.list(specs)) {
      files = list.sorted().toList();
    }
    assertThat(files).hasSize(2);
    assertThat(Files.readString(files.get(0))).isEqualTo(Files.readString(files.get(1)));
    try (Workspace ws = Workspace.open(ArgusHome.at(home))) {
      Project shop = ws.projects().findByName("Shop").orElseThrow();
      for (Path f : files) {
        assertThat(ws.specStore().history(SpecStore.keyOf(shop, f))).singleElement()
            .satisfies(v -> assertThat(v.author()).isEqualTo("import"));
      }
    }
  }

  @Test
  void importWithoutAProjectSpecsFolderSaysWhereImportsGo() {
    ExportViewModel vm = viewModel(new Dialogs(null, RECORDING));
    vm.importRecording();
    assertThat(vm.statusProperty().get()).contains("specs folder");
  }

  private static ExportViewModel viewModel(DialogService dialogs) {
    return new ExportViewModel(new ExportService(), new ImportService(), new ImmediateTaskRunner(), dialogs,
        new WorkbenchContext());
  }

  private static Project project(Path specsDir) {
    return new Project(1, "Shop", "http://127.0.0.1:1/", specsDir.toString(), Instant.now(), ProjectSettings.DEFAULTS);
  }

  private static int argus(String... args) {
    StringWriter err = new StringWriter();
    int exit = ArgusCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    assertThat(err.toString()).doesNotContain("argus: ");
    return exit;
  }

  private static void assertSameFiles(Path actual, Path expected) throws Exception {
    List<Path> expectedFiles;
    try (Stream<Path> files = Files.walk(expected)) {
      expectedFiles = files.filter(Files::isRegularFile).map(expected::relativize).sorted().toList();
    }
    List<Path> actualFiles;
    try (Stream<Path> files = Files.walk(actual)) {
      actualFiles = files.filter(Files::isRegularFile).map(actual::relativize).sorted().toList();
    }
    assertThat(expectedFiles).isNotEmpty();
    assertThat(actualFiles).isEqualTo(expectedFiles);
    for (Path p : expectedFiles) {
      assertThat(Files.readString(actual.resolve(p))).as(p.toString()).isEqualTo(Files.readString(expected.resolve(p)));
    }
  }

  /** Answers the folder and file choosers with fixed paths; errors fail the test. */
  private record Dialogs(Path folder, Path fileToOpen) implements DialogService {
    @Override
    public boolean confirm(String title, String message) {
      return true;
    }

    @Override
    public Optional<String> prompt(String title, String label, String initial) {
      return Optional.empty();
    }

    @Override
    public void error(String message, Throwable details) {
      throw new AssertionError(message, details);
    }

    @Override
    public void info(String message) {}

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
      return Optional.empty();
    }

    @Override
    public void open(Path file) {}

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
      return Optional.ofNullable(folder);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initial) {
      return Optional.ofNullable(fileToOpen);
    }
  }
}
