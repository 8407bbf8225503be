package com.argus.engine.replay.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process a test started together with everything it started. */
public final class ProcessTrees {
  private ProcessTrees() {}

  /**
   * Stops the process and its descendants and waits until all are gone: Chromium's helpers
   * (crashpad, renderers) keep writing into its profile, which a test deletes right after.
   */
  public static void stopAndAwait(Process root, Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
    List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
    all.add(root.toHandle());
    all.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : all) {
      p.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
