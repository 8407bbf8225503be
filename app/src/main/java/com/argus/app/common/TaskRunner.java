package com.argus.app.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs I/O and browser work off the FX thread, one place for progress and Cancel. Results and
 * failures are delivered on the UI thread (through the runner's {@link UiExecutor}).
 *
 * <p>The observable state describes the most recently started task; the status bar binds to it.
 */
public interface TaskRunner {
  /**
   * Starts work.
   *
   * @param title what the status bar says while it runs ("Saving checkout.spec.yaml")
   * @param onSuccess called with the result on the UI thread
   * @param onFailure called with the failure on the UI thread; cancellation is not a failure
   */
  <T> Handle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

  ReadOnlyBooleanProperty busyProperty();

  ReadOnlyDoubleProperty progressProperty();

  ReadOnlyStringProperty messageProperty();

  /** Cancels every running task. */
  void cancelAll();

  /** A started task. */
  interface Handle {
    void cancel();

    boolean isDone();
  }
}
