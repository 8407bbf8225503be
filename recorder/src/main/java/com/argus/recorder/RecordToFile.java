package com.argus.recorder;

import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code argus record} does: record until the window is closed or the process is asked to
 * stop (Ctrl-C), then write the spec file. Ctrl-C still saves: a shutdown hook stops the recording
 * and writes what was recorded.
 *
 * <p>Stateless; one call records one session.
 */
public final class RecordToFile {
  private static final Logger LOG = LoggerFactory.getLogger(RecordToFile.class);
  /** How long Ctrl-C waits for the browser before saving what the session already holds. */
  private static final long STOP_WAIT_MS = 5000;

  private RecordToFile() {}

  /**
   * Records and writes {@code out} (atomically, via {@link SpecFormat#write(TestSpec, Path)}).
   * Blocks until the recording ends.
   *
   * @return the spec written
   */
  public static TestSpec record(RecordingOptions options, Path out, RecordingListener... listeners) {
    return saveWhenEnded(RecordingSession.start(options, listeners), out);
  }

  /**
   * Waits for a running session to end (window closed, {@link RecordingSession#stop}, or Ctrl-C,
   * which stops it) and writes its spec to {@code out}.
   */
  public static TestSpec saveWhenEnded(RecordingSession session, Path out) {
    return saveWhenEnded(session, spec -> {
      SpecFormat.write(spec, out);
      LOG.info("wrote {} steps to {}", spec.steps().size(), out);
    });
  }

  /**
   * Waits for a running session to end (window closed, {@link RecordingSession#stop}, or Ctrl-C,
   * which stops it) and hands its spec to {@code save}, exactly once: on Ctrl-C from a shutdown hook.
   */
  public static TestSpec saveWhenEnded(RecordingSession session, Consumer<TestSpec> save) {
    AtomicBoolean saved = new AtomicBoolean();
    Thread hook = new Thread(() -> {
      TestSpec spec;
      try {
        CompletableFuture.runAsync(session::stop);
        spec = session.ended().get(STOP_WAIT_MS, TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        // Thread boundary at shutdown: save what we have rather than nothing.
        LOG.warn("the browser did not stop in time ({}); saving the steps recorded so far", e.toString());
        spec = session.snapshot();
      }
      saveOnce(spec, save, saved);
    }, "argus-record-save");
    Runtime.getRuntime().addShutdownHook(hook);
    TestSpec spec = session.awaitEnd();
    saveOnce(spec, save, saved);
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is already running and finds the spec saved.
    }
    return spec;
  }

  private static void saveOnce(TestSpec spec, Consumer<TestSpec> save, AtomicBoolean saved) {
    synchronized (saved) {
      if (saved.get()) {
        return;
      }
      save.accept(spec);
      saved.set(true);
    }
  }
}
