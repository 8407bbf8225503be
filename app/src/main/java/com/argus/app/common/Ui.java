package com.argus.app.common;

import atlantafx.base.theme.Styles;
import com.argus.engine.run.RunStatus;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;

/** Small builders that keep the screens' controls consistent: buttons with tooltips, titles, status labels. */
public final class Ui {
  private Ui() {}

  /** A text button with a tooltip naming its shortcut, when it has one. */
  public static Button button(String text, String tooltip, Runnable action) {
    Button b = new Button(text);
    b.setOnAction(e -> action.run());
    if (tooltip != null) {
      b.setTooltip(new Tooltip(tooltip));
    }
    b.setMinWidth(Region.USE_PREF_SIZE);
    return b;
  }

  /** A compact button showing a symbol; icon buttons always carry a tooltip saying what they do. */
  public static Button icon(String glyph, String tooltip, Runnable action) {
    Button b = button(glyph, tooltip, action);
    b.getStyleClass().addAll(Styles.BUTTON_ICON);
    b.setAccessibleText(tooltip);
    return b;
  }

  public static String withShortcut(String text, KeyCombination keys) {
    return text + "  (" + keys.getDisplayText() + ")";
  }

  public static Label title(String text) {
    Label l = new Label(text);
    l.getStyleClass().add(Styles.TITLE_3);
    return l;
  }

  public static Label muted(String text) {
    Label l = new Label(text);
    l.getStyleClass().addAll(Styles.TEXT_MUTED);
    l.setWrapText(true);
    return l;
  }

  /** The AtlantaFX colour class for a run outcome. */
  public static String styleOf(RunStatus status) {
    if (status == null) {
      return Styles.TEXT_MUTED;
    }
    return switch (status) {
      case PASSED -> Styles.SUCCESS;
      case PASSED_PENDING_REVIEW, CANCELLED, RUNNING -> Styles.WARNING;
      case FAILED, ERROR -> Styles.DANGER;
    };
  }

  /** How a run outcome reads in a table. */
  public static String textOf(RunStatus status) {
    if (status == null) {
      return "never run";
    }
    return switch (status) {
      case PASSED -> "● passed";
      case PASSED_PENDING_REVIEW -> "● passed, heal to review";
      case FAILED -> "● failed";
      case ERROR -> "● error";
      case CANCELLED -> "● cancelled";
      case RUNNING -> "● running";
    };
  }
}
