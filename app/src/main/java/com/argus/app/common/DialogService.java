package com.argus.app.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs view models need, behind an interface so view models test without a toolkit.
 * Called on the UI thread.
 */
public interface DialogService {
  boolean confirm(String title, String message);

  /** Asks for a line of text; empty when cancelled. */
  Optional<String> prompt(String title, String label, String initial);

  /** Shows a short message; the details (a stack trace, a list of problems) sit behind a toggle. */
  void error(String message, Throwable details);

  void info(String message);

  /** Asks where to save a file; empty when cancelled. */
  Optional<Path> chooseSaveFile(String title, String suggestedName);

  /** Opens a file in the system's viewer for it: the HTML report in the browser. */
  void open(Path file);

  /** Asks for a folder (where exported files go); empty when cancelled. */
  Optional<Path> chooseFolder(String title, Path initial);

  /**
   * Asks for an existing file to open (a recording to import); empty when cancelled or where no
   * file chooser is available.
   */
  default Optional<Path> chooseFileToOpen(String title, Path initial) {
    return Optional.empty();
  }
}
