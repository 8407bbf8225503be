package com.argus.app.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs work at once on the calling thread: view-model tests get results synchronously, with no
 * toolkit and no sleeping.
 */
public final class ImmediateTaskRunner implements TaskRunner {
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private int started;

  @Override
  public <T> Handle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    started++;
    busy.set(true);
    message.set(title);
    T result;
    try {
      result = work.call(new Work.Progress() {
        @Override
        public void update(double fraction, String text) {
          progress.set(fraction);
          message.set(text);
        }

        @Override
        public boolean isCancelled() {
          return false;
        }
      });
    } catch (Exception | AssertionError e) {
      busy.set(false);
      onFailure.accept(e);
      return DONE;
    }
    busy.set(false);
    message.set("");
    onSuccess.accept(result);
    return DONE;
  }

  /** How many tasks were started, for tests that check work went through the runner. */
  public int started() {
    return started;
  }

  private static final Handle DONE = new Handle() {
    @Override
    public void cancel() {}

    @Override
    public boolean isDone() {
      return true;
    }
  };

  @Override
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  @Override
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  @Override
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  @Override
  public void cancelAll() {}
}
