package com.argus.app;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The workbench window. For now it says what is coming; the screens arrive with their issues. */
public class WorkbenchApp extends Application {
  /** Where the workbench keeps its data, handed over by the command line before launch. */
  static volatile String home;

  public static void open(String argusHome) {
    home = argusHome;
    Application.launch(WorkbenchApp.class);
  }

  @Override
  public void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    Label title = new Label("Argus Workbench");
    title.getStyleClass().add(Styles.TITLE_1);
    Label subtitle = new Label("Record a web session once. Replay it on every build. Heal it when the markup changes.");
    subtitle.getStyleClass().add(Styles.TEXT_MUTED);
    Label coming = new Label("""
        Coming to this window:
          • Projects and specs     • Record     • Spec editor
          • Run with live steps    • Heal review     • Export to Playwright
        Today the command line does it all: run `./argus --help`.""");
    Label where = new Label("Argus home: " + (home == null ? "~/.argus" : home));
    where.getStyleClass().add(Styles.TEXT_SMALL);
    VBox root = new VBox(16, title, subtitle, coming, where);
    root.setPadding(new Insets(32));
    root.setAlignment(Pos.TOP_LEFT);
    stage.setTitle("Argus Workbench");
    stage.setScene(new Scene(root, 900, 560));
    stage.show();
  }
}
