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
    // AtlantaFX icon buttons show only their graphic, so the symbol goes in a label.
    Button b = button(null, tooltip, action);
    Label symbol = new Label(glyph);
    symbol.setStyle("-fx-font-size: 15px;");
    b.setGraphic(symbol);
    b.getStyleClass().addAll(Styles.BUTTON_ICON);
    b.setAccessibleText(tooltip);
    return b;
  }

  /**
   * A tool bar of normal buttons. Not a {@code ToolBar}: AtlantaFX draws toolbar buttons flat, which
   * washes out accent and danger buttons.
   */
  public static javafx.scene.layout.HBox bar(javafx.scene.Node... nodes) {
    javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, nodes);
    box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    box.setPadding(new javafx.geometry.Insets(8, 12, 8, 12));
    box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    box.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 0 0 1 0;");
    return box;
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

  /**
   * Colours a table cell's text like the AtlantaFX state class would colour a label: cells are not
   * labels, so the {@link Styles} class alone leaves them black. Uses the theme's colour variables,
   * so it follows light and dark.
   *
   * @param styleClass {@link Styles#SUCCESS}, {@link Styles#DANGER}, {@link Styles#WARNING},
   *     {@link Styles#ACCENT} or {@link Styles#TEXT_MUTED}; null for the default colour
   */
  public static void tint(javafx.scene.control.Labeled cell, String styleClass) {
    String color = styleClass == null ? null : switch (styleClass) {
      case Styles.SUCCESS -> "-color-success-fg";
      case Styles.DANGER -> "-color-danger-fg";
      case Styles.WARNING -> "-color-warning-fg";
      case Styles.ACCENT -> "-color-accent-fg";
      case Styles.TEXT_MUTED -> "-color-fg-muted";
      default -> null;
    };
    cell.setStyle(color == null ? null : "-fx-text-fill: " + color + ";");
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
