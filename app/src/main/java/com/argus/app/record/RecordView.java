package com.argus.app.record;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.argus.app.common.Ui;
import com.argus.engine.spec.Step;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The record screen: where to record, Record/Stop and the steps streaming in. */
public final class RecordView extends VBox {
  public RecordView(RecordViewModel vm) {
    setId("record-view");
    setSpacing(12);
    setPadding(new Insets(16, 20, 16, 20));

    TextField url = new TextField();
    url.setId("record-url");
    url.setPromptText("http://127.0.0.1:8080/");
    url.textProperty().bindBidirectional(vm.urlProperty());
    HBox.setHgrow(url, Priority.ALWAYS);
    ComboBox<String> device = new ComboBox<>(vm.devices());
    device.valueProperty().bindBidirectional(vm.deviceProperty());
    device.setTooltip(new Tooltip("Device preset: viewport, touch and user agent"));
    TextField name = new TextField();
    name.setId("record-spec-name");
    name.setPromptText("What does this test check?");
    name.textProperty().bindBidirectional(vm.specNameProperty());
    CheckBox attach = new CheckBox("Attach to a running Chrome (CDP)");
    attach.selectedProperty().bindBidirectional(vm.attachProperty());
    TextField cdp = new TextField();
    cdp.setPromptText("http://127.0.0.1:9222");
    cdp.textProperty().bindBidirectional(vm.cdpProperty());
    cdp.disableProperty().bind(attach.selectedProperty().not());

    Button record = Ui.button("● Record", "Open the browser and record (Ctrl+R)", vm::start);
    record.setId("record");
    record.getStyleClass().add(Styles.DANGER);
    record.disableProperty().bind(vm.recordingProperty().or(Bindings.createBooleanBinding(() -> !vm.canRecord())));
    Button stop = Ui.button("■ Stop", "Stop, save the spec and open it in the editor", vm::stop);
    stop.setId("stop");
    stop.disableProperty().bind(vm.recordingProperty().not());
    ToggleSwitch assertMode = new ToggleSwitch("Assert mode");
    assertMode.setTooltip(new Tooltip("Click an element in the browser to assert it is visible or has a text"));
    assertMode.selectedProperty().bindBidirectional(vm.assertModeProperty());

    GridPane form = new GridPane();
    form.setHgap(12);
    form.setVgap(10);
    form.addRow(0, label("URL"), new HBox(8, url, device));
    form.addRow(1, label("Spec name"), name);
    form.addRow(2, label("Browser"), new HBox(10, attach, cdp));
    GridPane.setHgrow(form.getChildren().get(1), Priority.ALWAYS);
    HBox actions = new HBox(10, record, stop, assertMode);
    actions.setAlignment(Pos.CENTER_LEFT);

    Message status = new Message();
    status.setId("record-status");
    status.setTitle(vm.canRecord() ? "Recorder" : "Recorder not connected");
    status.descriptionProperty().bind(vm.statusProperty());
    status.getStyleClass().add(vm.canRecord() ? Styles.ACCENT : Styles.WARNING);
    status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());

    ListView<Step> steps = new ListView<>(vm.steps());
    steps.setId("recorded-steps");
    steps.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
    steps.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(Step s, boolean empty) {
        super.updateItem(s, empty);
        setText(empty || s == null ? null : (getIndex() + 1) + ".  " + s.title());
      }
    });
    steps.setPlaceholder(Ui.muted("Press Record, then use the application in the browser window."));
    VBox.setVgrow(steps, Priority.ALWAYS);
    getChildren().addAll(Ui.title("Record a test"), form, actions, status, Ui.title("Recorded steps"), steps);
  }

  private static Label label(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.TEXT_BOLD);
    l.setMinWidth(90);
    return l;
  }
}
