package com.argus.app;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import com.argus.app.common.Ui;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What the window shows while the workspace opens (a spinner and what is happening), and instead of
 * the workbench when it cannot open: the reason in the user's terms, e.g. that another Argus
 * process is using the home, with Quit.
 */
final class StartupView extends StackPane {
  private final Label progressText = new Label();
  private final VBox opening;

  StartupView(ObservableStringValue message) {
    setId("startup-view");
    Label name = Ui.title("Argus Workbench");
    ProgressIndicator spinner = new ProgressIndicator(-1);
    spinner.setPrefSize(42, 42);
    progressText.getStyleClass().add(Styles.TEXT_MUTED);
    progressText.setId("startup-progress");
    progressText.textProperty().bind(message);
    opening = new VBox(16, name, spinner, progressText);
    opening.setAlignment(Pos.CENTER);
    getChildren().setAll(opening);
  }

  /** Replaces the progress with why the workbench cannot start. */
  void failed(String reason) {
    progressText.textProperty().unbind();
    Message message = new Message("Argus cannot open its workspace", reason);
    message.setId("startup-error");
    message.getStyleClass().add(Styles.DANGER);
    message.setMaxWidth(640);
    Label hint = Ui.muted("Close the other Argus window or command, or start the workbench with another home: "
        + "argus --home DIR");
    hint.setMaxWidth(640);
    Button quit = Ui.button("Quit", "Close the workbench", Platform::exit);
    quit.setId("startup-quit");
    quit.setDefaultButton(true);
    VBox box = new VBox(14, Ui.title("Argus Workbench"), message, hint, quit);
    box.setAlignment(Pos.CENTER_LEFT);
    box.setMaxWidth(640);
    box.setPadding(new Insets(24));
    StackPane.setAlignment(box, Pos.CENTER);
    getChildren().setAll(box);
  }
}
