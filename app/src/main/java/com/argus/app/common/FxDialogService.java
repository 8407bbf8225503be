package com.argus.app.common;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX dialogs owned by the workbench window. */
public final class FxDialogService implements DialogService {
  private final Window owner;
  private final HostServices host;

  /**
   * @param host the application's host services, which open files in the desktop's viewers; null
   *     where there are none (then opening a file says where it is instead)
   */
  public FxDialogService(Window owner, HostServices host) {
    this.owner = owner;
    this.host = host;
  }

  @Override
  public void open(Path file) {
    if (host == null) {
      info(file.toString());
      return;
    }
    host.showDocument(file.toUri().toString());
  }

  @Override
  public boolean confirm(String title, String message) {
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
    alert.initOwner(owner);
    alert.setTitle(title);
    alert.setHeaderText(title);
    return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
  }

  @Override
  public Optional<String> prompt(String title, String label, String initial) {
    TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
    dialog.initOwner(owner);
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    dialog.setContentText(label);
    return dialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
  }

  @Override
  public void error(String message, Throwable details) {
    Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
    alert.initOwner(owner);
    alert.setTitle("Argus Workbench");
    alert.setHeaderText("That did not work");
    if (details != null) {
      // Alert's expandable content is the "Show details" toggle.
      TextArea trace = new TextArea(stackTrace(details));
      trace.setEditable(false);
      trace.setPrefRowCount(14);
      alert.getDialogPane().setExpandableContent(trace);
    }
    alert.show();
  }

  @Override
  public void info(String message) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
    alert.initOwner(owner);
    alert.setHeaderText(null);
    alert.show();
  }

  @Override
  public Optional<Path> chooseSaveFile(String title, String suggestedName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.setInitialFileName(suggestedName);
    return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseFileToOpen(String title, Path initial) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    if (initial != null && Files.isDirectory(initial)) {
      chooser.setInitialDirectory(initial.toFile());
    }
    return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
  }

  @Override
  public Optional<Path> chooseFolder(String title, Path initial) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    if (initial != null && Files.isDirectory(initial)) {
      chooser.setInitialDirectory(initial.toFile());
    }
    return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
  }

  static String stackTrace(Throwable t) {
    StringWriter s = new StringWriter();
    t.printStackTrace(new PrintWriter(s));
    return s.toString();
  }
}
