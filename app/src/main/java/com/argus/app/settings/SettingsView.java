package com.argus.app.settings;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import com.argus.app.common.Ui;
import com.argus.engine.spec.LocatorStrategy;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The settings screen: a form in two groups, the workbench's and the current project's, that
 * scrolls under a Save bar that stays in sight.
 */
public final class SettingsView extends BorderPane {
  public SettingsView(SettingsViewModel vm) {
    setId("settings-view");

    GridPane app = grid();
    TextField browser = new TextField();
    browser.setId("browser-path");
    browser.setPromptText("Found automatically when empty");
    browser.textProperty().bindBidirectional(vm.browserPathProperty());
    Label browserStatus = Ui.muted("");
    browserStatus.getStyleClass().add(Styles.TEXT_SMALL);
    browserStatus.textProperty().bind(vm.browserStatusProperty());
    ToggleSwitch dark = new ToggleSwitch("Dark theme");
    dark.setId("dark-theme");
    dark.selectedProperty().bindBidirectional(vm.darkProperty());
    row(app, 0, "Theme", dark);
    TextField home = new TextField(vm.home());
    home.setEditable(false);
    home.setFocusTraversable(false);
    row(app, 1, "Argus home", new VBox(4, home, small("Start Argus with --home DIR or ARGUS_HOME to use another.")));

    GridPane project = grid();
    TextField testIds = new TextField();
    testIds.setId("test-id-attributes");
    testIds.textProperty().bindBidirectional(vm.testIdAttributesProperty());
    row(project, 0, "Test-id attributes", new VBox(4, testIds,
        small("Comma separated, most trusted first. The recorder prefers these over every other locator.")));

    ListView<LocatorStrategy> priority = new ListView<>(vm.priority());
    priority.setId("locator-priority");
    priority.getStyleClass().add(Styles.DENSE);
    priority.setPrefHeight(212);
    priority.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(LocatorStrategy s, boolean empty) {
        super.updateItem(s, empty);
        setText(empty || s == null ? null : (getIndex() + 1) + ".  " + s.fileName());
      }
    });
    Button up = Ui.icon("↑", "Prefer this strategy more", () -> {
      int i = priority.getSelectionModel().getSelectedIndex();
      vm.movePriority(i, -1);
      priority.getSelectionModel().select(Math.max(0, i - 1));
    });
    Button down = Ui.icon("↓", "Prefer this strategy less", () -> {
      int i = priority.getSelectionModel().getSelectedIndex();
      vm.movePriority(i, 1);
      priority.getSelectionModel().select(Math.min(vm.priority().size() - 1, i + 1));
    });
    up.disableProperty().bind(priority.getSelectionModel().selectedItemProperty().isNull());
    down.disableProperty().bind(priority.getSelectionModel().selectedItemProperty().isNull());
    HBox.setHgrow(priority, Priority.ALWAYS);
    row(project, 1, "Locator priority", new HBox(6, priority, new VBox(6, up, down)));

    row(project, 2, "Auto-heal at", slider(vm.autoThresholdProperty(), "auto-threshold",
        "Similarity at or above which a relocated element is used without asking (with --heal auto)."));
    row(project, 3, "Runner-up margin", slider(vm.marginProperty(), "margin",
        "The best candidate must beat the second by this much; closer, a look-alike makes it a guess for review."));
    row(project, 4, "Reuse learned fix at", slider(vm.autoApplyProperty(), "auto-apply",
        "Knowledge base: a fix that worked before with this confidence (successes / tries) is applied."));
    row(project, 5, "Verify learned fix at", slider(vm.verifyProperty(), "verify",
        "Between this and the reuse threshold a learned fix is applied only if the element still looks alike."));
    row(project, 6, "Browser", new VBox(4, browser, browserStatus,
        small("Runs and recordings of this project, here and with the argus command, use this browser.")));

    Button save = Ui.button("Save settings", "Save the project's settings", vm::save);
    save.setId("save-settings");
    save.getStyleClass().add(Styles.ACCENT);
    Label message = new Label();
    message.textProperty().bind(vm.messageProperty());
    message.getStyleClass().add(Styles.TEXT_MUTED);
    HBox actions = new HBox(12, save, message);
    actions.setAlignment(Pos.CENTER_LEFT);

    Label projectTitle = Ui.title("");
    projectTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.context().projectProperty().get() == null
        ? "Project (none selected)" : "Project: " + vm.context().projectProperty().get().name(),
        vm.context().projectProperty()));
    VBox form = new VBox(14, Ui.title("Workbench"), app, projectTitle, project);
    form.setPadding(new Insets(20, 28, 28, 28));
    form.setMaxWidth(860);
    ScrollPane scroll = new ScrollPane(form);
    scroll.setFitToWidth(true);
    actions.setPadding(new Insets(10, 28, 10, 28));
    actions.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1 0 0 0;");
    setCenter(scroll);
    setBottom(actions);
  }

  private static HBox slider(javafx.beans.property.DoubleProperty value, String id, String help) {
    Slider s = new Slider(0, 1, value.get());
    s.setId(id);
    s.setMajorTickUnit(0.1);
    s.setBlockIncrement(0.05);
    s.valueProperty().bindBidirectional(value);
    Label shown = new Label();
    shown.setMinWidth(40);
    shown.textProperty().bind(Bindings.format(java.util.Locale.ROOT, "%.2f", value));
    HBox.setHgrow(s, Priority.ALWAYS);
    HBox box = new HBox(10, s, shown);
    box.setAlignment(Pos.CENTER_LEFT);
    VBox.setVgrow(box, Priority.NEVER);
    return new HBox(new VBox(4, box, small(help))) {
      {
        HBox.setHgrow(getChildren().get(0), Priority.ALWAYS);
      }
    };
  }

  private static Label small(String text) {
    Label l = Ui.muted(text);
    l.getStyleClass().add(Styles.TEXT_SMALL);
    return l;
  }

  private static GridPane grid() {
    GridPane g = new GridPane();
    g.setHgap(16);
    g.setVgap(14);
    ColumnConstraints label = new ColumnConstraints(150);
    label.setHalignment(HPos.RIGHT);
    ColumnConstraints field = new ColumnConstraints();
    field.setHgrow(Priority.ALWAYS);
    g.getColumnConstraints().addAll(label, field);
    return g;
  }

  private static void row(GridPane g, int row, String label, javafx.scene.Node field) {
    Label l = new Label(label);
    l.getStyleClass().add(Styles.TEXT_BOLD);
    GridPane.setValignment(l, javafx.geometry.VPos.TOP);
    l.setPadding(new Insets(6, 0, 0, 0));
    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    g.add(l, 0, row);
    g.add(field, 1, row);
  }
}
