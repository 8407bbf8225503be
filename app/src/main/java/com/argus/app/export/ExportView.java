package com.argus.app.export;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.argus.app.common.Ui;
import com.argus.engine.export.ExportFormat;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The export screen: format and package on top with Save; the generated files on the left, the
 * selected one's code on the right; what could not be exported and the exporter's notes below.
 */
public final class ExportView extends BorderPane {
  public ExportView(ExportViewModel vm) {
    setId("export-view");
    Label spec = new Label();
    spec.getStyleClass().add(Styles.TITLE_4);
    spec.textProperty().bind(Bindings.createStringBinding(() -> vm.context().specProperty().get() == null
        ? "No spec chosen: open one in the editor, or use Export in the spec list"
        : "Export " + vm.context().specProperty().get().key(), vm.context().specProperty()));
    ComboBox<ExportFormat> format = new ComboBox<>(vm.formats());
    format.setId("export-format");
    format.valueProperty().bindBidirectional(vm.formatProperty());
    format.setConverter(new StringConverter<>() {
      @Override
      public String toString(ExportFormat f) {
        return f == null ? "" : ExportViewModel.title(f);
      }

      @Override
      public ExportFormat fromString(String s) {
        return null;
      }
    });
    format.setTooltip(new Tooltip("What to generate"));
    TextField pkg = new TextField();
    pkg.setId("export-package");
    pkg.setPrefColumnCount(14);
    pkg.textProperty().bindBidirectional(vm.javaPackageProperty());
    pkg.setTooltip(new Tooltip("Java package of the generated test classes"));
    Label pkgLabel = new Label("Package");
    pkgLabel.getStyleClass().add(Styles.TEXT_MUTED);
    HBox pkgBox = new HBox(6, pkgLabel, pkg);
    pkgBox.setAlignment(Pos.CENTER_LEFT);
    pkgBox.visibleProperty().bind(vm.formatProperty().isEqualTo(ExportFormat.PLAYWRIGHT_JAVA));
    pkgBox.managedProperty().bind(pkgBox.visibleProperty());
    Button save = Ui.button("Save into folder…", "Write the generated files into a folder", vm::save);
    save.setId("export-save");
    save.getStyleClass().add(Styles.ACCENT);
    save.disableProperty().bind(vm.resultProperty().isNull());
    Button importRecording = Ui.button("Import recording…",
        "Convert a Chrome DevTools Recorder JSON or Selenium IDE .side file into specs of this project", vm::importRecording);
    importRecording.setId("import-recording");
    setTop(Ui.bar(spec, new Spacer(), format, pkgBox, save, importRecording));

    Message status = new Message();
    status.setId("export-status");
    status.setTitle("Export");
    status.descriptionProperty().bind(vm.statusProperty());
    status.getStyleClass().add(Styles.ACCENT);
    status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());

    ListView<String> files = new ListView<>(vm.files());
    files.setId("export-files");
    files.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
    files.setPlaceholder(Ui.muted("No files"));
    files.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        vm.selectedFileProperty().set(now);
      }
    });
    vm.selectedFileProperty().addListener((o, was, now) -> files.getSelectionModel().select(now));
    VBox filesBox = new VBox(6, caption("Files"), files);
    VBox.setVgrow(files, Priority.ALWAYS);
    filesBox.setMinWidth(180);

    TextArea code = new TextArea();
    code.setId("export-code");
    code.setEditable(false);
    code.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace; -fx-font-size: 12px;");
    code.textProperty().bind(vm.codeProperty());
    code.setPromptText("The generated code appears here.");
    VBox codeBox = new VBox(6, caption("Preview"), code);
    VBox.setVgrow(code, Priority.ALWAYS);
    SplitPane split = new SplitPane(filesBox, codeBox);
    split.setDividerPositions(0.22);

    ListView<String> issues = new ListView<>();
    issues.setId("export-issues");
    issues.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
    Runnable fill = () -> {
      issues.getItems().setAll(vm.unsupported().stream().map(s -> "✖  Not exported — " + s).toList());
      issues.getItems().addAll(vm.notes().stream().map(s -> "ℹ  " + s).toList());
    };
    vm.unsupported().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
    vm.notes().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
    issues.setPlaceholder(Ui.muted("Every step exports as it is; nothing to note."));
    issues.setPrefHeight(120);
    VBox issuesBox = new VBox(6, caption("Not exported and notes"), issues);

    VBox center = new VBox(8, status, split, issuesBox);
    VBox.setVgrow(split, Priority.ALWAYS);
    center.setPadding(new Insets(10));
    setCenter(center);
  }

  private static Label caption(String text) {
    Label l = new Label(text);
    l.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
    return l;
  }
}
