package com.argus.app.common;

/** Background work that can report progress and notice cancellation. */
@FunctionalInterface
public interface Work<T> {
  T call(Progress progress) throws Exception;

  /** What work tells the runner while it runs; callable from the worker thread. */
  interface Progress {
    /** Progress from 0 to 1, or negative for "unknown". */
    void update(double fraction, String message);

    boolean isCancelled();
  }
}
