package com.argus.app.specs;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.argus.app.common.Ui;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.SpecVersion;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Variable;
import com.argus.engine.spec.edit.LineDiff;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The spec editor: the step table on the left, the selected step's locators, the variables, data
 * rows and version history on the right. Shortcuts: Ctrl+S save, Ctrl+Z / Ctrl+Y undo and redo,
 * Alt+Up / Alt+Down move a step, Insert adds one, Delete removes one, Space enables or disables.
 */
public final class SpecEditorView extends BorderPane {
  public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
  public static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
  public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
  public static final KeyCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
  public static final KeyCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
  private static final DataFormat STEP_ID = new DataFormat("application/x-argus-step-id");
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private final SpecEditorViewModel vm;
  private final TableView<Step> table = new TableView<>();
  private final SplitPane split = new SplitPane();

  public SpecEditorView(SpecEditorViewModel vm) {
    this.vm = vm;
    setId("editor-view");
    setTop(toolbar());
    split.getItems().addAll(stepsPane(), sidePane());
    split.setDividerPositions(0.62);
    setCenter(split);
    addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (SAVE.match(e)) {
        vm.save();
      } else if (UNDO.match(e) && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
        vm.undo();
      } else if (REDO.match(e) && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
        vm.redo();
      } else {
        return;
      }
      e.consume();
    });
  }

  public SplitPane split() {
    return split;
  }

  private javafx.scene.layout.HBox toolbar() {
    Label title = new Label();
    title.setId("editor-title");
    title.getStyleClass().add(Styles.TITLE_4);
    title.textProperty().bind(vm.titleProperty());
    Label file = new Label();
    file.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    file.textProperty().bind(Bindings.createStringBinding(
        () -> vm.refProperty().get() == null ? "" : vm.refProperty().get().key(), vm.refProperty()));
    Button undo = Ui.icon("↶", "Undo (Ctrl+Z)", vm::undo);
    undo.setId("undo");
    undo.disableProperty().bind(vm.canUndoProperty().not());
    undo.tooltipProperty().bind(Bindings.createObjectBinding(
        () -> new Tooltip(vm.undoTextProperty().get() + "  (Ctrl+Z)"), vm.undoTextProperty()));
    Button redo = Ui.icon("↷", "Redo (Ctrl+Y)", vm::redo);
    redo.setId("redo");
    redo.disableProperty().bind(vm.canRedoProperty().not());
    redo.tooltipProperty().bind(Bindings.createObjectBinding(
        () -> new Tooltip(vm.redoTextProperty().get() + "  (Ctrl+Y)"), vm.redoTextProperty()));
    Button save = Ui.button("Save", "Validate, write the file and record a version (Ctrl+S)", vm::save);
    save.setId("save");
    save.getStyleClass().add(Styles.ACCENT);
    save.disableProperty().bind(vm.dirtyProperty().not());
    Button run = Ui.button("Run", "Run this spec", vm::runSpec);
    Button export = Ui.button("Export", "Preview the Playwright code", vm::exportSpec);
    run.disableProperty().bind(vm.specProperty().isNull());
    export.disableProperty().bind(vm.specProperty().isNull());
    return Ui.bar(new VBox(0, title, file), new Spacer(), undo, redo, save, run, export);
  }

  private VBox stepsPane() {
    buildTable();
    Button insert = Ui.button("＋ Step", "Insert a step after the selected one (Insert)", vm::insertStep);
    insert.setId("insert-step");
    Button delete = Ui.button("Delete", "Delete the selected step (Delete)", vm::deleteSelected);
    delete.setId("delete-step");
    Button toggle = Ui.button("Enable/Disable", "Skip the step without deleting it (Space)", vm::toggleSelectedEnabled);
    Button up = Ui.icon("↑", "Move the step up (Alt+Up)", () -> vm.moveSelected(-1));
    up.setId("move-up");
    Button down = Ui.icon("↓", "Move the step down (Alt+Down)", () -> vm.moveSelected(1));
    down.setId("move-down");
    for (Button b : new Button[] {delete, toggle, up, down}) {
      b.disableProperty().bind(vm.selectedStepIdProperty().isNull());
    }
    insert.disableProperty().bind(vm.specProperty().isNull());
    HBox actions = new HBox(6, insert, delete, toggle, new Spacer(), up, down);
    actions.setPadding(new Insets(8, 0, 0, 0));

    Message problems = new Message("Fix these before saving", "");
    problems.setId("problems");
    problems.getStyleClass().add(Styles.DANGER);
    problems.descriptionProperty().bind(Bindings.createStringBinding(
        () -> "• " + String.join("\n• ", vm.problems()), vm.problems()));
    problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
    problems.managedProperty().bind(problems.visibleProperty());

    VBox.setVgrow(table, Priority.ALWAYS);
    VBox pane = new VBox(8, problems, table, actions);
    pane.setPadding(new Insets(10));
    return pane;
  }

  @SuppressWarnings("unchecked")
  private void buildTable() {
    table.setId("step-table");
    table.setEditable(true);
    table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
    table.setItems(vm.steps());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(Ui.muted("Open a spec from Projects & specs, or record one."));

    TableColumn<Step, Number> index = new TableColumn<>("#");
    index.setCellValueFactory(c -> new SimpleObjectProperty<>(vm.steps().indexOf(c.getValue()) + 1));
    index.setPrefWidth(40);
    index.setMaxWidth(48);
    index.setSortable(false);
    index.setStyle("-fx-alignment: CENTER-RIGHT;");

    TableColumn<Step, Boolean> enabled = new TableColumn<>("On");
    enabled.setCellValueFactory(c -> {
      SimpleBooleanProperty on = new SimpleBooleanProperty(c.getValue().isEnabled());
      String id = c.getValue().id();
      on.addListener((o, was, now) -> vm.setEnabled(id, now));
      return on;
    });
    enabled.setCellFactory(CheckBoxTableCell.forTableColumn(enabled));
    enabled.setPrefWidth(44);
    enabled.setMaxWidth(52);
    enabled.setSortable(false);

    TableColumn<Step, Action> action = new TableColumn<>("Action");
    action.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().action()));
    action.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
      @Override
      public String toString(Action a) {
        return a == null ? "" : a.fileName();
      }

      @Override
      public Action fromString(String s) {
        return Action.fromFileName(s);
      }
    }, FXCollections.observableArrayList(Action.values())));
    action.setOnEditCommit(e -> vm.setAction(e.getRowValue().id(), e.getNewValue()));
    action.setPrefWidth(110);
    action.setSortable(false);

    TableColumn<Step, String> target = new TableColumn<>("Target");
    target.setCellValueFactory(c -> new SimpleStringProperty(
        c.getValue().target() == null ? "" : c.getValue().target().describe()));
    target.setCellFactory(TextFieldTableCell.forTableColumn());
    target.setOnEditCommit(e -> vm.setTarget(e.getRowValue().id(), e.getNewValue()));
    target.setPrefWidth(260);
    target.setSortable(false);

    TableColumn<Step, String> value = new TableColumn<>("Value");
    value.setCellValueFactory(c -> new SimpleStringProperty(valueText(c.getValue())));
    value.setCellFactory(TextFieldTableCell.forTableColumn());
    value.setOnEditCommit(e -> vm.setValue(e.getRowValue().id(), SpecEditorViewModel.typedValue(e.getNewValue())));
    value.setPrefWidth(200);
    value.setSortable(false);

    table.getColumns().setAll(index, enabled, action, target, value);
    table.setRowFactory(t -> new StepRow());

    table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        vm.selectedStepIdProperty().set(now.id());
      }
    });
    // Items are replaced on every edit: select the remembered step again.
    vm.steps().addListener((ListChangeListener<Step>) c -> reselect());
    vm.selectedStepIdProperty().addListener((o, was, now) -> reselect());
    table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
      if (table.getEditingCell() != null) {
        return;
      }
      if (MOVE_UP.match(e)) {
        vm.moveSelected(-1);
      } else if (MOVE_DOWN.match(e)) {
        vm.moveSelected(1);
      } else if (e.getCode() == KeyCode.INSERT) {
        vm.insertStep();
      } else if (e.getCode() == KeyCode.DELETE) {
        vm.deleteSelected();
      } else if (e.getCode() == KeyCode.SPACE) {
        vm.toggleSelectedEnabled();
      } else {
        return;
      }
      e.consume();
    });
  }

  private static String valueText(Step s) {
    if (s.assertion() != null) {
      return s.assertion().describe();
    }
    return SpecEditorViewModel.shownValue(s.value());
  }

  private void reselect() {
    String id = vm.selectedStepIdProperty().get();
    Step current = table.getSelectionModel().getSelectedItem();
    if (id == null || (current != null && current.id().equals(id) && vm.steps().contains(current))) {
      return;
    }
    for (int i = 0; i < vm.steps().size(); i++) {
      if (vm.steps().get(i).id().equals(id)) {
        table.getSelectionModel().select(i);
        table.getFocusModel().focus(i);
        return;
      }
    }
  }

  /** A step row: greyed when disabled, draggable to reorder. */
  private final class StepRow extends TableRow<Step> {
    StepRow() {
      setOnDragDetected(e -> {
        if (getItem() == null) {
          return;
        }
        ClipboardContent content = new ClipboardContent();
        content.put(STEP_ID, getItem().id());
        startDragAndDrop(TransferMode.MOVE).setContent(content);
        e.consume();
      });
      setOnDragOver(e -> {
        if (e.getDragboard().hasContent(STEP_ID)) {
          e.acceptTransferModes(TransferMode.MOVE);
        }
        e.consume();
      });
      setOnDragDropped(e -> {
        Object id = e.getDragboard().getContent(STEP_ID);
        if (id != null) {
          int to = isEmpty() ? vm.steps().size() - 1 : getIndex();
          vm.move(id.toString(), to);
          e.setDropCompleted(true);
        }
        e.consume();
      });
    }

    @Override
    protected void updateItem(Step step, boolean empty) {
      super.updateItem(step, empty);
      boolean off = !empty && step != null && !step.isEnabled();
      setOpacity(off ? 0.5 : 1);
      setTooltip(empty || step == null ? null : new Tooltip(step.title() + (off ? "  (disabled)" : "")));
    }
  }

  private TabPane sidePane() {
    TabPane tabs = new TabPane(locatorsTab(), variablesTab(), dataTab(), historyTab());
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setMinWidth(320);
    return tabs;
  }

  @SuppressWarnings("unchecked")
  private Tab locatorsTab() {
    TableView<CandidateRow> list = new TableView<>(vm.candidates());
    list.setId("candidate-table");
    list.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
    list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<CandidateRow, Number> rank = new TableColumn<>("#");
    rank.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().rank()));
    rank.setPrefWidth(36);
    rank.setMaxWidth(40);
    TableColumn<CandidateRow, String> strategy = new TableColumn<>("Strategy");
    strategy.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().strategy()));
    strategy.setPrefWidth(90);
    TableColumn<CandidateRow, String> locator = new TableColumn<>("Locator");
    locator.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().locator().describe()));
    locator.setPrefWidth(150);
    TableColumn<CandidateRow, String> matches = new TableColumn<>("Matches");
    matches.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().matchesText()));
    // Wide enough for "1 (unique)" beside the locator, which takes what is left.
    matches.setPrefWidth(104);
    matches.setMinWidth(104);
    list.getColumns().setAll(rank, strategy, locator, matches);
    list.setPlaceholder(Ui.muted("This step acts on no element."));

    Button prefer = Ui.button("Try first", "Make this candidate the one tried first",
        () -> vm.preferCandidate(list.getSelectionModel().getSelectedItem()));
    prefer.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    Button count = Ui.button("Count matches", "Count each candidate's matches on a live page", vm::countMatches);
    count.setId("count-matches");
    count.setDisable(!vm.canProbe());
    Label probe = Ui.muted("");
    probe.setId("probe-status");
    probe.getStyleClass().add(Styles.TEXT_SMALL);
    probe.textProperty().bind(vm.probeStatusProperty());
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox box = new VBox(8, Ui.muted("Candidates are tried in order; the most stable first."), list,
        new HBox(6, prefer, count), probe);
    box.setPadding(new Insets(10));
    return new Tab("Locators", box);
  }

  @SuppressWarnings("unchecked")
  private Tab variablesTab() {
    TableView<Variable> list = new TableView<>(vm.variables());
    list.setId("variable-table");
    list.setEditable(true);
    list.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
    list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<Variable, String> name = new TableColumn<>("Name");
    name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
    name.setPrefWidth(110);
    TableColumn<Variable, String> value = new TableColumn<>("Value");
    value.setCellValueFactory(c -> new SimpleStringProperty(SpecEditorViewModel.displayValue(c.getValue())));
    value.setCellFactory(col -> new TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
      @Override
      public void startEdit() {
        // A secret's value is never typed into the spec; it comes from the environment.
        Variable v = getTableRow() == null ? null : getTableRow().getItem();
        if (v != null && !v.isSecret()) {
          super.startEdit();
        }
      }
    });
    value.setOnEditCommit(e -> vm.setVariableValue(e.getTablePosition().getRow(), e.getNewValue()));
    value.setPrefWidth(170);
    TableColumn<Variable, Boolean> secret = new TableColumn<>("Secret");
    secret.setCellValueFactory(c -> {
      SimpleBooleanProperty on = new SimpleBooleanProperty(c.getValue().isSecret());
      int row = vm.variables().indexOf(c.getValue());
      on.addListener((o, was, now) -> vm.setVariableSecret(row, now));
      return on;
    });
    secret.setCellFactory(CheckBoxTableCell.forTableColumn(secret));
    secret.setPrefWidth(60);
    list.getColumns().setAll(name, value, secret);
    list.setPlaceholder(Ui.muted("No variables. Steps refer to one as ${name}."));
    Button add = Ui.button("Add…", "Declare a variable", () -> askVariable(false));
    Button addSecret = Ui.button("Add secret…", "Declare a secret: its value comes from ARGUS_SECRET_<NAME>", () -> askVariable(true));
    Button remove = Ui.button("Remove", "Remove the selected variable",
        () -> vm.removeVariable(list.getSelectionModel().getSelectedIndex()));
    remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox box = new VBox(8, list, new HBox(6, add, addSecret, remove),
        Ui.muted("Secret values are never shown or saved in the spec."));
    box.setPadding(new Insets(10));
    return new Tab("Variables", box);
  }

  private void askVariable(boolean secret) {
    javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
    d.initOwner(getScene() == null ? null : getScene().getWindow());
    d.setHeaderText(secret ? "New secret variable" : "New variable");
    d.setContentText("Name");
    d.showAndWait().map(String::trim).filter(s -> !s.isEmpty()).ifPresent(n -> vm.addVariable(n, secret));
  }

  private Tab dataTab() {
    TableView<Map<String, String>> rows = new TableView<>(vm.dataRows());
    rows.setId("data-table");
    rows.setEditable(true);
    rows.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
    rows.setPlaceholder(Ui.muted("No data rows: the spec runs once. Each row runs it again with its values."));
    Runnable columns = () -> {
      rows.getColumns().clear();
      for (String column : vm.dataColumns()) {
        TableColumn<Map<String, String>, String> c = new TableColumn<>(column);
        c.setCellValueFactory(cell -> new SimpleStringProperty(cell.getValue().getOrDefault(column, "")));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> vm.setDataCell(e.getTablePosition().getRow(), column, e.getNewValue()));
        c.setPrefWidth(120);
        rows.getColumns().add(c);
      }
    };
    vm.dataColumns().addListener((ListChangeListener<String>) c -> columns.run());
    columns.run();
    Button addRow = Ui.button("Add row", "Add a data row", vm::addDataRow);
    Button addColumn = Ui.button("Add column…", "Add a column (a variable name)", () -> {
      javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
      d.initOwner(getScene() == null ? null : getScene().getWindow());
      d.setHeaderText("New data column");
      d.setContentText("Variable name");
      d.showAndWait().map(String::trim).filter(s -> !s.isEmpty()).ifPresent(vm::addDataColumn);
    });
    Button remove = Ui.button("Remove row", "Remove the selected row",
        () -> vm.removeDataRow(rows.getSelectionModel().getSelectedIndex()));
    remove.disableProperty().bind(rows.getSelectionModel().selectedItemProperty().isNull());
    VBox.setVgrow(rows, Priority.ALWAYS);
    VBox box = new VBox(8, rows, new HBox(6, addRow, addColumn, remove));
    box.setPadding(new Insets(10));
    return new Tab("Data", box);
  }

  private Tab historyTab() {
    ListView<SpecVersion> versions = new ListView<>(vm.versions());
    versions.setId("version-list");
    versions.getStyleClass().add(Styles.DENSE);
    versions.setPrefHeight(150);
    versions.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(SpecVersion s, boolean empty) {
        super.updateItem(s, empty);
        setText(empty || s == null ? null
            : "v" + s.version() + "   " + WHEN.format(s.savedAt()) + "   " + s.author()
                + (s.comment() == null ? "" : " — " + s.comment()));
      }
    });
    versions.setPlaceholder(Ui.muted("Not saved yet: every save records a version."));
    versions.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        vm.selectedVersionProperty().set(now);
      }
    });
    vm.selectedVersionProperty().addListener((o, was, now) -> {
      if (now != null && versions.getSelectionModel().getSelectedItem() != now) {
        versions.getSelectionModel().select(now);
      }
    });
    ListView<LineDiff.Line> diff = new ListView<>(vm.diff());
    diff.setId("version-diff");
    diff.getStyleClass().add(Styles.DENSE);
    diff.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(LineDiff.Line line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        setStyle("-fx-font-family: 'DejaVu Sans Mono', monospace; -fx-font-size: 12px;");
        if (empty || line == null) {
          setText(null);
          return;
        }
        setText(line.toString());
        if (line.kind() == LineDiff.Kind.ADDED) {
          getStyleClass().add(Styles.SUCCESS);
        } else if (line.kind() == LineDiff.Kind.REMOVED) {
          getStyleClass().add(Styles.DANGER);
        }
      }
    });
    Button revert = Ui.button("Restore this version", "Replace the editor's spec with this version (undoable)",
        vm::revertToSelectedVersion);
    revert.disableProperty().bind(vm.selectedVersionProperty().isNull());
    Label hint = Ui.muted("Changes of the selected version against the one before it.");
    hint.getStyleClass().add(Styles.TEXT_SMALL);
    VBox.setVgrow(diff, Priority.ALWAYS);
    VBox box = new VBox(8, versions, hint, diff, revert);
    box.setPadding(new Insets(10));
    return new Tab("History", box);
  }

  /** The vertical orientation helper kept for symmetry with other screens. */
  Orientation orientation() {
    return split.getOrientation();
  }
}
