package com.argus.app.run;

import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.argus.app.common.Ui;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.StepStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The run screen: options and Run on top, live steps with the selected step's screenshot, run history below. */
public final class RunView extends BorderPane {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
  private final SplitPane split = new SplitPane();

  public RunView(RunViewModel vm) {
    setId("run-view");
    Label spec = new Label();
    spec.getStyleClass().add(Styles.TITLE_4);
    spec.textProperty().bind(Bindings.createStringBinding(() -> vm.context().specProperty().get() == null
        ? "No spec chosen" : vm.context().specProperty().get().key(), vm.context().specProperty()));
    ComboBox<RunScope> scope = new ComboBox<>(vm.scopes());
    scope.setId("run-scope");
    scope.valueProperty().bindBidirectional(vm.scopeProperty());
    scope.setTooltip(new Tooltip("Run this spec, every spec in its folder, or the whole project"));
    ComboBox<String> backend = combo(vm.backends(), vm.backendProperty(), "Browser automation backend");
    ComboBox<String> device = combo(vm.devices(), vm.deviceProperty(), "Device preset (viewport, touch, user agent)");
    ComboBox<String> heal = combo(vm.healModes(), vm.healModeProperty(), "auto: apply confident heals; review: queue every heal; off: fail");
    Spinner<Integer> workers = new Spinner<>(1, 8, vm.workersProperty().get());
    workers.setPrefWidth(80);
    workers.setTooltip(new Tooltip("Parallel browser sessions for a folder or project"));
    workers.valueProperty().addListener((o, was, now) -> vm.workersProperty().set(now));
    Button run = Ui.button("▶ Run", "Run the spec, its folder or its project, as chosen (F5)", vm::run);
    run.setId("run");
    run.getStyleClass().add(Styles.SUCCESS);
    run.disableProperty().bind(vm.runningProperty().or(vm.context().specProperty().isNull())
        .or(Bindings.createBooleanBinding(() -> !vm.canRun())));
    Button cancel = Ui.button("Cancel", "Stop the run", vm::cancel);
    cancel.disableProperty().bind(vm.runningProperty().not());
    // Two rows: what to run and the buttons, then how; one row clipped the labels at 1280 px.
    HBox what = new HBox(8, spec, new Spacer(), labelled("Run", scope), run, cancel);
    what.setAlignment(Pos.CENTER_LEFT);
    HBox how = new HBox(14, labelled("Backend", backend), labelled("Device", device), labelled("Heal", heal),
        labelled("Workers", workers));
    how.setAlignment(Pos.CENTER_LEFT);
    VBox rows = new VBox(8, what, how);
    HBox.setHgrow(rows, Priority.ALWAYS);
    HBox bar = Ui.bar(rows);

    Message status = new Message();
    status.setId("run-status");
    status.descriptionProperty().bind(vm.statusProperty());
    status.getStyleClass().add(vm.canRun() ? Styles.ACCENT : Styles.WARNING);
    status.setTitle(vm.canRun() ? "Run" : "Replay engine not connected");
    status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());

    TableView<StepLive> steps = stepTable(vm);
    ImageView shot = new ImageView();
    shot.setPreserveRatio(true);
    shot.setFitWidth(420);
    Label noShot = Ui.muted("Select a step to see its screenshot.");
    StackPane shotPane = new StackPane(noShot, shot);
    shotPane.setPadding(new Insets(10));
    shotPane.setMinWidth(300);
    vm.selectedStepProperty().addListener((o, was, now) -> {
      String path = now == null ? null : now.screenshotPath();
      if (path != null && Files.exists(Path.of(path))) {
        shot.setImage(new Image(Path.of(path).toUri().toString(), true));
        noShot.setVisible(false);
      } else {
        shot.setImage(null);
        noShot.setText(now == null ? "Select a step to see its screenshot." : "No screenshot for this step.");
        noShot.setVisible(true);
      }
    });
    SplitPane top = new SplitPane(steps, shotPane);
    top.setDividerPositions(0.66);

    Button report = Ui.button("Open report", "Open the selected run's HTML report in the browser", vm::openReport);
    report.setId("open-report");
    report.getStyleClass().add(Styles.SMALL);
    report.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.artifact("report").isEmpty(), vm.artifacts()));
    Button trace = Ui.button("Open trace", "Open the selected run's Playwright trace (kept when a run fails)", vm::openTrace);
    trace.setId("open-trace");
    trace.getStyleClass().add(Styles.SMALL);
    trace.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.artifact("trace").isEmpty(), vm.artifacts()));
    HBox historyHeader = new HBox(8, Ui.title("Run history"), new Spacer(), report, trace);
    historyHeader.setAlignment(Pos.CENTER_LEFT);
    VBox historyBox = new VBox(6, historyHeader, historyTable(vm));
    historyBox.setPadding(new Insets(10));
    VBox.setVgrow(historyBox.getChildren().get(1), Priority.ALWAYS);
    split.setOrientation(Orientation.VERTICAL);
    split.getItems().addAll(top, historyBox);
    split.setDividerPositions(0.62);

    VBox center = new VBox(8, status, split);
    center.setPadding(new Insets(8, 10, 10, 10));
    VBox.setVgrow(split, Priority.ALWAYS);
    setTop(bar);
    setCenter(center);
  }

  public SplitPane split() {
    return split;
  }

  @SuppressWarnings("unchecked")
  private static TableView<StepLive> stepTable(RunViewModel vm) {
    TableView<StepLive> t = new TableView<>(vm.steps());
    t.setId("run-steps");
    t.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<StepLive, Number> n = new TableColumn<>("#");
    n.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().index() + 1));
    n.setMaxWidth(44);
    TableColumn<StepLive, StepLive> status = new TableColumn<>("Status");
    status.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
    status.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(StepLive s, boolean empty) {
        super.updateItem(s, empty);
        setText(empty || s == null ? null : "● " + s.statusText());
        Ui.tint(this, null);
        if (!empty && s != null) {
          Ui.tint(this, s.status() == null ? Styles.ACCENT
              : s.status() == StepStatus.FAILED ? Styles.DANGER
              : s.status() == StepStatus.HEALED || s.status() == StepStatus.WARNING ? Styles.WARNING : Styles.SUCCESS);
        }
      }
    });
    status.setPrefWidth(120);
    TableColumn<StepLive, String> test = new TableColumn<>("Test");
    test.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().test() == null ? "" : c.getValue().test()));
    test.setPrefWidth(140);
    // Only a run of several tests needs to say which test a step belongs to.
    test.visibleProperty().bind(Bindings.createBooleanBinding(
        () -> vm.steps().stream().map(StepLive::runId).distinct().count() > 1, vm.steps()));
    TableColumn<StepLive, String> title = new TableColumn<>("Step");
    title.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().title()));
    title.setPrefWidth(260);
    TableColumn<StepLive, String> time = new TableColumn<>("Time");
    time.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().status() == null ? "" : c.getValue().durationMs() + " ms"));
    time.setPrefWidth(80);
    TableColumn<StepLive, String> detail = new TableColumn<>("Locator / heal / error");
    detail.setCellValueFactory(c -> new SimpleStringProperty(detailOf(c.getValue())));
    detail.setPrefWidth(240);
    t.getColumns().setAll(n, test, status, title, time, detail);
    t.setPlaceholder(Ui.muted("Steps appear here as the run goes."));
    t.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedStepProperty().set(now));
    return t;
  }

  private static String detailOf(StepLive s) {
    if (s.error() != null) {
      return s.heal() == null ? s.error() : s.error() + "  (" + s.heal() + ")";
    }
    if (s.heal() != null) {
      return s.heal();
    }
    return s.locatorUsed() == null ? "" : s.locatorUsed();
  }

  @SuppressWarnings("unchecked")
  private static TableView<RunRecord> historyTable(RunViewModel vm) {
    TableView<RunRecord> t = new TableView<>(vm.history());
    t.setId("run-history");
    t.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
    t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<RunRecord, String> when = new TableColumn<>("Started");
    when.setCellValueFactory(c -> new SimpleStringProperty(WHEN.format(c.getValue().startedAt())));
    when.setPrefWidth(160);
    TableColumn<RunRecord, RunRecord> outcome = new TableColumn<>("Outcome");
    outcome.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue()));
    outcome.setCellFactory(c -> new TableCell<>() {
      @Override
      protected void updateItem(RunRecord r, boolean empty) {
        super.updateItem(r, empty);
        setText(empty || r == null ? null : Ui.textOf(r.status()));
        Ui.tint(this, empty || r == null ? null : Ui.styleOf(r.status()));
      }
    });
    outcome.setPrefWidth(170);
    TableColumn<RunRecord, String> duration = new TableColumn<>("Duration");
    duration.setCellValueFactory(c -> new SimpleStringProperty(String.format(java.util.Locale.ROOT, "%.1f s", c.getValue().durationMs() / 1000.0)));
    duration.setPrefWidth(80);
    TableColumn<RunRecord, String> how = new TableColumn<>("Backend / device");
    how.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().backend() + " · " + c.getValue().device()));
    how.setPrefWidth(150);
    TableColumn<RunRecord, String> error = new TableColumn<>("Error");
    error.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().error() == null ? "" : c.getValue().error()));
    t.getColumns().setAll(when, outcome, duration, how, error);
    t.setPlaceholder(Ui.muted("This spec has not run yet."));
    t.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      if (now != null) {
        vm.selectedRunProperty().set(now);
      }
    });
    vm.selectedRunProperty().addListener((o, was, now) -> {
      if (now != null && t.getSelectionModel().getSelectedItem() != now) {
        t.getSelectionModel().select(now);
      }
    });
    return t;
  }

  private static ComboBox<String> combo(javafx.collections.ObservableList<String> items,
      javafx.beans.property.StringProperty value, String tip) {
    ComboBox<String> c = new ComboBox<>(items);
    c.valueProperty().bindBidirectional(value);
    c.setTooltip(new Tooltip(tip));
    return c;
  }

  private static HBox labelled(String text, javafx.scene.Node node) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.TEXT_MUTED);
    l.setMinWidth(Region.USE_PREF_SIZE);
    HBox box = new HBox(6, l, node);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }
}
