package com.argus.app.export;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.argus.app.common.Ui;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The export screen: target on top, the generated code below, Save. */
public final class ExportView extends BorderPane {
  public ExportView(ExportViewModel vm) {
    setId("export-view");
    Label spec = new Label();
    spec.getStyleClass().add(Styles.TITLE_4);
    spec.textProperty().bind(Bindings.createStringBinding(() -> vm.context().specProperty().get() == null
        ? "No spec chosen" : "Export " + vm.context().specProperty().get().key(), vm.context().specProperty()));
    ComboBox<String> target = new ComboBox<>(vm.targets());
    target.valueProperty().bindBidirectional(vm.targetProperty());
    target.setPromptText("Target");
    target.setDisable(!vm.isConnected());
    Button save = Ui.button("Save as…", "Save the generated test file", vm::save);
    save.getStyleClass().add(Styles.ACCENT);
    save.disableProperty().bind(vm.codeProperty().isEmpty());
    setTop(Ui.bar(spec, new Spacer(), target, save));

    Message status = new Message();
    status.setTitle(vm.isConnected() ? "Export" : "Exporter not connected");
    status.descriptionProperty().bind(vm.statusProperty());
    status.getStyleClass().add(vm.isConnected() ? Styles.ACCENT : Styles.WARNING);
    status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());
    TextArea code = new TextArea();
    code.setId("export-code");
    code.setEditable(false);
    code.setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace; -fx-font-size: 12px;");
    code.textProperty().bind(vm.codeProperty());
    code.setPromptText("The generated code appears here.");
    VBox.setVgrow(code, Priority.ALWAYS);
    VBox center = new VBox(8, status, code);
    center.setPadding(new Insets(10));
    setCenter(center);
  }
}
