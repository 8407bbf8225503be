package com.argus.app.common;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's runner: each piece of work is a {@link Task} on a small daemon pool, so the FX thread
 * never waits for disk, database or browser. Must be used from the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

  private static final Handle CLOSED = new Handle() {
    @Override
    public void cancel() {}

    @Override
    public boolean isDone() {
      return true;
    }
  };

  private final ExecutorService pool;
  private final Set<Task<?>> running = ConcurrentHashMap.newKeySet();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

  public FxTaskRunner() {
    AtomicInteger n = new AtomicInteger();
    // Daemon threads: a stuck browser call must not keep the process alive after the window closes.
    pool = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "argus-task-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  @Override
  public <T> Handle run(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    if (pool.isShutdown()) {
      // Closing the window: a screen reacting to the last results must not start new work.
      LOG.debug("not starting '{}': the workbench is closing", title);
      return CLOSED;
    }
    Task<T> task = new Task<>() {
      @Override
      protected T call() throws Exception {
        updateMessage(title);
        updateProgress(-1, 1);
        Task<T> self = this;
        return work.call(new Work.Progress() {
          @Override
          public void update(double fraction, String text) {
            if (fraction < 0) {
              updateProgress(-1, 1);
            } else {
              updateProgress(fraction, 1);
            }
            if (text != null) {
              updateMessage(text);
            }
          }

          @Override
          public boolean isCancelled() {
            return self.isCancelled();
          }
        });
      }
    };
    task.setOnSucceeded(e -> {
      finished(task);
      onSuccess.accept(task.getValue());
    });
    task.setOnFailed(e -> {
      finished(task);
      LOG.debug("{} failed", title, task.getException());
      onFailure.accept(task.getException());
    });
    task.setOnCancelled(e -> {
      finished(task);
      message.set(title + " cancelled");
    });
    running.add(task);
    busy.set(true);
    progress.unbind();
    message.unbind();
    progress.bind(task.progressProperty());
    message.bind(task.messageProperty());
    pool.execute(task);
    return new Handle() {
      @Override
      public void cancel() {
        task.cancel(true);
      }

      @Override
      public boolean isDone() {
        return task.isDone();
      }
    };
  }

  private void finished(Task<?> task) {
    running.remove(task);
    if (running.isEmpty()) {
      progress.unbind();
      message.unbind();
      progress.set(0);
      message.set("");
      busy.set(false);
    }
  }

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
  public void cancelAll() {
    running.forEach(t -> t.cancel(true));
  }

  @Override
  public void close() {
    cancelAll();
    pool.shutdownNow();
  }
}
