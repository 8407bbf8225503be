package com.argus.app.common;

import java.util.prefs.Preferences;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/**
 * Remembers the window's size, position and split layout between sessions in {@code
 * java.util.prefs}, so the workbench opens as the user left it.
 */
public final class WindowState {
  private final Preferences prefs;

  public WindowState(Preferences prefs) {
    this.prefs = prefs;
  }

  /** Applies the remembered bounds (or defaults) and saves them when the window closes. */
  public void restoreAndTrack(Stage stage, double defaultWidth, double defaultHeight) {
    stage.setWidth(prefs.getDouble("window.width", defaultWidth));
    stage.setHeight(prefs.getDouble("window.height", defaultHeight));
    double x = prefs.getDouble("window.x", Double.NaN);
    double y = prefs.getDouble("window.y", Double.NaN);
    if (!Double.isNaN(x) && !Double.isNaN(y)) {
      stage.setX(x);
      stage.setY(y);
    }
    stage.setMaximized(prefs.getBoolean("window.maximized", false));
    stage.setOnHiding(e -> {
      prefs.putBoolean("window.maximized", stage.isMaximized());
      if (!stage.isMaximized()) {
        prefs.putDouble("window.width", stage.getWidth());
        prefs.putDouble("window.height", stage.getHeight());
        prefs.putDouble("window.x", stage.getX());
        prefs.putDouble("window.y", stage.getY());
      }
    });
  }

  /** Restores a split pane's dividers and remembers them as they move. */
  public void track(String key, SplitPane split) {
    double[] positions = split.getDividerPositions();
    for (int i = 0; i < positions.length; i++) {
      String k = "split." + key + "." + i;
      double saved = prefs.getDouble(k, positions[i]);
      split.setDividerPosition(i, saved);
      SplitPane.Divider d = split.getDividers().get(i);
      d.positionProperty().addListener((o, was, now) -> prefs.putDouble(k, now.doubleValue()));
    }
  }

  public String lastPage(String fallback) {
    return prefs.get("page", fallback);
  }

  public void rememberPage(String page) {
    prefs.put("page", page);
  }
}
