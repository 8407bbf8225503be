package com.argus.app.export;

import com.argus.app.common.DialogService;
import com.argus.app.common.Errors;
import com.argus.app.common.SpecRef;
import com.argus.app.common.TaskRunner;
import com.argus.app.common.WorkbenchContext;
import com.argus.app.service.ExportService;
import com.argus.app.service.ImportService;
import com.argus.engine.export.ExportFormat;
import com.argus.engine.export.ExportIssue;
import com.argus.engine.export.ExportOptions;
import com.argus.engine.export.ExportResult;
import com.argus.engine.export.ExportedFile;
import com.argus.engine.importer.ImportWarning;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The export and import screen: pick a format (Playwright TypeScript or Java) and, for Java, a package; preview
 * every file the engine's exporter would write for the current spec, with the steps it could not
 * export and its notes; save writes them into a chosen folder, through the {@link ExportService}
 * that {@code argus export} uses. Rendering writes nothing and runs through the {@link TaskRunner}
 * all the same, since it reads the spec file. Recordings made elsewhere import into the project's
 * specs folder.
 */
public final class ExportViewModel {
  private final ExportService service;
  private final ImportService importer;
  private final TaskRunner tasks;
  private final DialogService dialogs;
  private final WorkbenchContext context;
  private final ObservableList<ExportFormat> formats = FXCollections.observableArrayList(ExportFormat.values());
  private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.PLAYWRIGHT_TS);
  private final StringProperty javaPackage = new SimpleStringProperty(ExportOptions.DEFAULT_PACKAGE);
  private final ObservableList<String> files = FXCollections.observableArrayList();
  private final StringProperty selectedFile = new SimpleStringProperty();
  private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper("");
  private final ObservableList<String> unsupported = FXCollections.observableArrayList();
  private final ObservableList<String> notes = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<ExportResult> result = new ReadOnlyObjectWrapper<>();
  private Path lastFolder;
  private Path lastImportFolder;

  public ExportViewModel(ExportService service, ImportService importer, TaskRunner tasks, DialogService dialogs,
      WorkbenchContext context) {
    this.service = service;
    this.importer = importer;
    this.tasks = tasks;
    this.dialogs = dialogs;
    this.context = context;
    format.addListener((o, was, now) -> preview());
    javaPackage.addListener((o, was, now) -> {
      if (format.get() == ExportFormat.PLAYWRIGHT_JAVA) {
        preview();
      }
    });
    context.specProperty().addListener((o, was, now) -> preview());
    selectedFile.addListener((o, was, now) -> showFile(now));
  }

  /** How a format reads in the screen. */
  public static String title(ExportFormat f) {
    return switch (f) {
      case PLAYWRIGHT_TS -> "Playwright Test (TypeScript)";
      case PLAYWRIGHT_JAVA -> "Playwright for Java (JUnit 5)";
    };
  }

  /** Renders the current spec in the chosen format, without writing anything. */
  public void preview() {
    SpecRef ref = context.specProperty().get();
    ExportFormat chosen = format.get();
    if (ref == null || chosen == null) {
      clear();
      return;
    }
    String pkg = javaPackage.get();
    tasks.run("Generating " + title(chosen) + " for " + ref.key(),
        p -> service.preview(request(ref, chosen, Path.of("."), pkg)).result(),
        r -> {
          result.set(r);
          unsupported.setAll(r.unsupported().stream().map(ExportIssue::describe).toList());
          notes.setAll(r.notes().stream().map(ExportIssue::describe).toList());
          List<String> generated = r.files().stream().filter(ExportedFile::isGenerated).map(ExportedFile::path).toList();
          String keep = selectedFile.get();
          files.setAll(generated);
          selectedFile.set(generated.contains(keep) ? keep : mainFile(generated));
          showFile(selectedFile.get());
          status.set(r.hasUnsupported()
              ? r.unsupported().size() + " step(s) cannot be exported; the generated test marks them and fails there."
              : "");
        }, e -> {
          clear();
          status.set("Cannot export " + ref.key() + ": " + Errors.userMessage(e));
        });
  }

  /** Asks for a folder and writes the exported files there (for Java: the source root). */
  public void save() {
    SpecRef ref = context.specProperty().get();
    ExportFormat chosen = format.get();
    if (ref == null || chosen == null || result.get() == null) {
      return;
    }
    String pkg = javaPackage.get();
    Path initial = lastFolder != null ? lastFolder : ref.file().toAbsolutePath().getParent();
    dialogs.chooseFolder("Export " + title(chosen) + " into", initial).ifPresent(folder -> {
      lastFolder = folder;
      tasks.run("Exporting " + ref.key(),
          p -> service.export(request(ref, chosen, folder, pkg)).result(),
          r -> status.set("Wrote " + r.files().size() + " file(s) into " + folder
              + (r.hasUnsupported() ? "; " + r.unsupported().size() + " step(s) marked as not exportable." : ".")),
          e -> dialogs.error(Errors.userMessage(e), e));
    });
  }

  /**
   * Asks for a Chrome DevTools Recorder JSON or Selenium IDE {@code .side} file and converts it into
   * specs in the current spec's project specs folder, through the {@link ImportService} that {@code
   * argus import} uses. Existing specs are kept: an imported spec of the same name takes the next
   * free file name.
   */
  public void importRecording() {
    SpecRef ref = context.specProperty().get();
    String specsDir = ref == null ? null : ref.project().specsDir();
    if (specsDir == null) {
      status.set("Open a spec of a project with a specs folder first: imported specs go into that folder.");
      return;
    }
    Path folder = Path.of(specsDir);
    dialogs.chooseFileToOpen("Import a Chrome Recorder JSON or Selenium IDE .side file", lastImportFolder)
        .ifPresent(file -> {
          lastImportFolder = file.toAbsolutePath().getParent();
          tasks.run("Importing " + file.getFileName(), p -> importer.importInto(file, ref.project()),
              outcome -> status.set(imported(outcome, folder)), e -> dialogs.error(Errors.userMessage(e), e));
        });
  }

  static String imported(ImportService.Outcome outcome, Path folder) {
    String files = String.join(", ", outcome.written().stream().map(w -> w.file().getFileName().toString()).toList());
    return "Imported " + outcome.written().size() + " spec(s) into " + folder + ": " + files
        + (outcome.warnings().isEmpty() ? "." : ". Not imported (" + outcome.warnings().size() + "): "
            + String.join("; ", outcome.warnings().stream().map(ImportWarning::describe).toList()));
  }

  /** The test itself rather than the config beside it: what a person wants to see first. */
  static String mainFile(List<String> paths) {
    return paths.stream().filter(p -> p.endsWith(".spec.ts") || p.endsWith("Test.java")).findFirst()
        .orElse(paths.isEmpty() ? null : paths.get(0));
  }

  private static ExportService.Request request(SpecRef ref, ExportFormat format, Path folder, String pkg) {
    return new ExportService.Request(List.of(ref.file()), format, folder, pkg, null);
  }

  private void showFile(String path) {
    ExportResult r = result.get();
    code.set(r == null || path == null || !r.paths().contains(path) ? "" : r.content(path));
  }

  private void clear() {
    result.set(null);
    files.clear();
    unsupported.clear();
    notes.clear();
    code.set("");
  }

  public ObservableList<ExportFormat> formats() {
    return formats;
  }

  public ObjectProperty<ExportFormat> formatProperty() {
    return format;
  }

  public StringProperty javaPackageProperty() {
    return javaPackage;
  }

  /** The generated files' paths, relative to the export folder. */
  public ObservableList<String> files() {
    return files;
  }

  public StringProperty selectedFileProperty() {
    return selectedFile;
  }

  /** The selected file's generated text. */
  public ReadOnlyStringProperty codeProperty() {
    return code.getReadOnlyProperty();
  }

  /** The steps that could not be exported, as "spec › step: why". */
  public ObservableList<String> unsupported() {
    return unsupported;
  }

  public ObservableList<String> notes() {
    return notes;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<ExportResult> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public WorkbenchContext context() {
    return context;
  }
}
