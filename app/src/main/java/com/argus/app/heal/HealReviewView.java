package com.argus.app.heal;

import com.argus.engine.heal.HealReviewItem;
import atlantafx.base.controls.Message;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import com.argus.app.common.Ui;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The heal review screen: the queue on the left; the selected proposal's before/after screenshots,
 * locator diff, score breakdown and runner-up on the right. Keys: A approve, R reject, Shift+A
 * approve for all, J / K next and previous.
 */
public final class HealReviewView extends SplitPane {
  private final VBox detail = new VBox(12);
  private final HealReviewViewModel vm;

  public HealReviewView(HealReviewViewModel vm) {
    this.vm = vm;
    setId("heal-view");
    ListView<HealReviewItem> list = new ListView<>(vm.pending());
    list.setId("proposal-list");
    list.getStyleClass().add(Styles.DENSE);
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(HealReviewItem p, boolean empty) {
        super.updateItem(p, empty);
        setText(empty || p == null ? null : p.specKey() + " · " + p.stepId() + "  "
            + String.format(Locale.ROOT, "%.0f%%", p.confidence() * 100));
      }
    });
    list.setPlaceholder(Ui.muted(vm.isConnected() ? "Nothing to review." : "No healing engine connected."));
    list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
    vm.selectedProperty().addListener((o, was, now) -> {
      if (now != list.getSelectionModel().getSelectedItem()) {
        list.getSelectionModel().select(now);
      }
      show(now);
    });
    Button reload = Ui.icon("⟳", "Load the pending proposals again", vm::load);
    HBox head = new HBox(8, Ui.title("Review queue"), new Spacer(), reload);
    head.setAlignment(Pos.CENTER_LEFT);
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox left = new VBox(8, head, list);
    left.setPadding(new Insets(12));
    left.setMinWidth(240);

    Message status = new Message();
    status.setId("heal-status");
    status.setTitle(vm.isConnected() ? "Review" : "Healing engine not connected");
    status.descriptionProperty().bind(vm.statusProperty());
    status.getStyleClass().add(vm.isConnected() ? Styles.ACCENT : Styles.WARNING);
    status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
    status.managedProperty().bind(status.visibleProperty());

    Button approve = Ui.button("Approve", "Apply the fix to this spec (A)", vm::approve);
    approve.setId("approve");
    approve.getStyleClass().add(Styles.SUCCESS);
    Button all = Ui.button("Approve for all specs", "Apply the fix wherever the same locator is used (Shift+A)", vm::approveForAll);
    Button reject = Ui.button("Reject", "Keep the step failed (R)", vm::reject);
    reject.getStyleClass().add(Styles.DANGER);
    for (Button b : new Button[] {approve, all, reject}) {
      b.disableProperty().bind(vm.selectedProperty().isNull());
    }
    HBox actions = new HBox(8, approve, all, reject, new Spacer(), Ui.muted("A approve · R reject · J/K next/previous"));
    actions.setAlignment(Pos.CENTER_LEFT);

    ScrollPane evidence = new ScrollPane(detail);
    evidence.setFitToWidth(true);
    evidence.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
    VBox right = new VBox(12, status, evidence, actions);
    right.setPadding(new Insets(12));
    VBox.setVgrow(evidence, Priority.ALWAYS);
    show(null);
    getItems().addAll(left, right);
    setDividerPositions(0.28);

    setOnKeyPressed(e -> {
      if (e.getCode() == KeyCode.A && e.isShiftDown()) {
        vm.approveForAll();
      } else if (e.getCode() == KeyCode.A) {
        vm.approve();
      } else if (e.getCode() == KeyCode.R) {
        vm.reject();
      } else if (e.getCode() == KeyCode.J) {
        vm.next(1);
      } else if (e.getCode() == KeyCode.K) {
        vm.next(-1);
      } else {
        return;
      }
      e.consume();
    });
  }

  private void show(HealReviewItem p) {
    detail.getChildren().clear();
    if (p == null) {
      detail.getChildren().add(Ui.muted("Select a proposal to see the evidence: before and after, locators, scores."));
      return;
    }
    HBox shots = new HBox(12, shot("before-shot", "Before (last good run)", p.beforeScreenshot(), p.beforeMissing()),
        shot("after-shot", "After (now)", p.afterScreenshot(), p.afterMissing()));
    GridPane facts = new GridPane();
    facts.setHgap(12);
    facts.setVgap(6);
    int row = 0;
    facts.addRow(row++, bold("Spec / step"), new Label(p.specKey() + " · " + p.stepId()));
    facts.addRow(row++, bold("Failure"), new Label(p.failureType()));
    Label old = new Label("− " + p.oldLocator());
    old.getStyleClass().add(Styles.DANGER);
    Label now = new Label("+ " + p.newLocator());
    now.getStyleClass().add(Styles.SUCCESS);
    facts.addRow(row++, bold("Locator"), new VBox(2, old, now));
    ProgressBar confidence = new ProgressBar(p.confidence());
    confidence.setPrefWidth(200);
    facts.addRow(row++, bold("Confidence"), new HBox(8, confidence, new Label(String.format(Locale.ROOT, "%.2f", p.confidence()))));
    if (p.runnerUp() != null) {
      facts.addRow(row++, bold("Runner-up"), new Label(p.runnerUp()
          + (p.runnerUpScore() == null ? "" : String.format(Locale.ROOT, "  (%.2f)", p.runnerUpScore()))));
    }
    // Two columns of property bars keep the evidence on one screen next to the screenshots.
    GridPane scores = new GridPane();
    scores.setHgap(8);
    scores.setVgap(3);
    int at = 0;
    int half = (p.scores().size() + 1) / 2;
    for (Map.Entry<String, Double> s : p.scores().entrySet()) {
      ProgressBar bar = new ProgressBar(s.getValue());
      bar.setPrefWidth(110);
      bar.getStyleClass().add(Styles.SMALL);
      int column = at < half ? 0 : 4;
      int line = at < half ? at : at - half;
      Label value = new Label(String.format(Locale.ROOT, "%.2f", s.getValue()));
      value.setMinWidth(36);
      Label gap = new Label();
      gap.setMinWidth(column == 0 ? 18 : 0);
      scores.addRow(line);
      scores.add(new Label(s.getKey()), column, line);
      scores.add(bar, column + 1, line);
      scores.add(value, column + 2, line);
      if (column == 0) {
        scores.add(gap, 3, line);
      }
      at++;
    }
    facts.addRow(row++, bold("Scores"), scores);
    if (!p.reasons().isEmpty()) {
      Label why = Ui.muted(String.join("\n", p.reasons()));
      why.setWrapText(true);
      why.setMaxWidth(640);
      facts.addRow(row, bold("Why"), why);
    }
    detail.getChildren().addAll(shots, facts);
  }

  private VBox shot(String id, String title, Path path, String missing) {
    StackPane frame = new StackPane();
    frame.setId(id);
    frame.setPrefSize(360, 220);
    frame.getStyleClass().add(Styles.BG_SUBTLE);
    if (path != null && Files.exists(path)) {
      ImageView view = new ImageView(new Image(path.toUri().toString(), 360, 220, true, true, true));
      frame.getChildren().add(view);
      frame.setCursor(javafx.scene.Cursor.HAND);
      javafx.scene.control.Tooltip.install(frame, new javafx.scene.control.Tooltip("Click to open full size"));
      frame.setOnMouseClicked(e -> vm.openScreenshot(path.toString()));
    } else {
      Label none = Ui.muted("No screenshot: " + (missing == null ? "the file is gone" : missing));
      none.setWrapText(true);
      frame.getChildren().add(none);
    }
    return new VBox(4, bold(title), frame);
  }

  private static Label bold(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.TEXT_BOLD);
    return l;
  }
}
