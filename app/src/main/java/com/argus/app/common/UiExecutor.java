package com.argus.app.common;

import javafx.application.Platform;

/**
 * Where view-model state changes run: the FX thread in the app, the calling thread in tests. Engine
 * callbacks arrive on worker threads and hop back through this.
 */
@FunctionalInterface
public interface UiExecutor {
  void execute(Runnable action);

  /** Runs on the JavaFX application thread (at once when already on it). */
  static UiExecutor fx() {
    return action -> {
      if (Platform.isFxApplicationThread()) {
        action.run();
      } else {
        Platform.runLater(action);
      }
    };
  }

  /** Runs on the calling thread: for tests without a toolkit. */
  static UiExecutor direct() {
    return Runnable::run;
  }
}
