package com.argus.app;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The workbench's screens, in navigation order, each with its Ctrl+digit shortcut. */
enum Page {
  PROJECTS("Projects & specs", "▤", KeyCode.DIGIT1),
  RECORD("Record", "●", KeyCode.DIGIT2),
  EDITOR("Editor", "✎", KeyCode.DIGIT3),
  RUN("Run", "▶", KeyCode.DIGIT4),
  HEAL("Heal review", "✚", KeyCode.DIGIT5),
  EXPORT("Export", "⇪", KeyCode.DIGIT6),
  SETTINGS("Settings", "⚙", KeyCode.DIGIT7);

  final String title;
  final String glyph;
  final KeyCombination keys;

  Page(String title, String glyph, KeyCode key) {
    this.title = title;
    this.glyph = glyph;
    this.keys = new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
  }
}
