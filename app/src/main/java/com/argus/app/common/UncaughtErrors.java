package com.argus.app.common;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler for exceptions nobody caught: it logs them once and shows a short message with
 * the details behind a toggle, instead of a silent failure or a stack trace on the console.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);
  private final DialogService dialogs;

  public UncaughtErrors(DialogService dialogs) {
    this.dialogs = dialogs;
  }

  /** Installs this handler for every thread, including the FX thread. */
  public void install() {
    Thread.setDefaultUncaughtExceptionHandler(this);
    if (Platform.isFxApplicationThread()) {
      Thread.currentThread().setUncaughtExceptionHandler(this);
    }
  }

  @Override
  public void uncaughtException(Thread thread, Throwable error) {
    LOG.error("uncaught on {}", thread.getName(), error);
    UiExecutor.fx().execute(() -> dialogs.error(Errors.userMessage(error), error));
  }
}
