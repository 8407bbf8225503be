package com.argus.recorder.capture;

import com.argus.engine.browser.PlaywrightPool;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that talks to Playwright for every recording in this process. Playwright is not
 * thread-safe and only delivers page events (bindings, dialogs, new pages) while a Playwright call
 * is running on its thread, so this thread runs submitted work and, when idle, keeps a short wait
 * running in a live page so events flow.
 *
 * <p>The Playwright instance is a lane leased from the engine's {@link PlaywrightPool} for as long
 * as a recording runs (so the process keeps one Playwright, shared with replays), and given back
 * when the last recording ends. The pool's model fits: a lane is used by one thread at a time, and
 * this thread is the only one that touches it while it holds the lease.
 *
 * <p>Thread-safe: {@link #call} may be used from any thread; the work runs here.
 */
public final class BrowserThread {
  private static final Logger LOG = LoggerFactory.getLogger(BrowserThread.class);
  private static final Object LOCK = new Object();
  private static BrowserThread shared;

  private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
  private final CopyOnWriteArrayList<Pump> pumps = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private PlaywrightPool.Lease lease;
  private int users;
  private volatile boolean running = true;

  /** Something that pumps Playwright events for a while (a short wait in a live page). */
  public interface Pump {
    /** Returns false when it can no longer pump (its page closed). */
    boolean pump();
  }

  private BrowserThread() {
    thread = new Thread(this::loop, "argus-recorder-browser");
    thread.setDaemon(true);
    thread.start();
  }

  /** The process's browser thread, started on first use. */
  public static BrowserThread shared() {
    synchronized (LOCK) {
      if (shared == null || !shared.running) {
        shared = new BrowserThread();
      }
      return shared;
    }
  }

  public boolean isCurrent() {
    return Thread.currentThread() == thread;
  }

  /**
   * The Playwright instance for one more user (a recording), leased from the pool on first use;
   * only on this thread. Each call is paired with one {@link #release()}.
   */
  public Playwright acquire() {
    requireCurrent();
    if (lease == null) {
      lease = PlaywrightPool.shared().leasePlaywright();
    }
    users++;
    return lease.playwright();
  }

  /** One user is done with Playwright; the last one gives the lane back to the pool. */
  public void release() {
    requireCurrent();
    if (users > 0 && --users == 0 && lease != null) {
      lease.close();
      lease = null;
    }
  }

  private void requireCurrent() {
    if (!isCurrent()) {
      throw new IllegalStateException("Playwright is used from " + Thread.currentThread().getName()
          + "; only the recorder's browser thread may use it");
    }
  }

  /** Runs {@code work} on the browser thread and waits for its result. */
  public <T> T call(Callable<T> work) {
    if (isCurrent()) {
      try {
        return work.call();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new CaptureException("browser work failed: " + e.getMessage(), e);
      }
    }
    CompletableFuture<T> result = new CompletableFuture<>();
    tasks.add(() -> {
      try {
        result.complete(work.call());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    });
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CaptureException("interrupted while waiting for the browser", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new CaptureException("browser work failed: " + cause, cause);
    }
  }

  /** Runs {@code work} on the browser thread later; its failure is logged. */
  public void post(Runnable work) {
    tasks.add(work);
  }

  public void addPump(Pump pump) {
    pumps.add(pump);
  }

  public void removePump(Pump pump) {
    pumps.remove(pump);
  }

  /** Pumps events on this thread until {@code done} is true or the time is up; for use inside {@link #call}. */
  public void pumpUntil(BooleanSupplier done, long timeoutMs) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    while (!done.getAsBoolean() && System.nanoTime() < end) {
      if (!pumpOnce()) {
        sleepQuietly(10);
      }
    }
  }

  private boolean pumpOnce() {
    for (Pump p : pumps) {
      try {
        if (p.pump()) {
          return true;
        }
      } catch (PlaywrightException e) {
        LOG.debug("pump stopped: {}", e.getMessage());
      }
      pumps.remove(p);
    }
    return false;
  }

  private void loop() {
    while (running) {
      try {
        Runnable task = tasks.poll();
        if (task == null) {
          if (pumps.isEmpty() || !pumpOnce()) {
            task = tasks.poll(50, TimeUnit.MILLISECONDS);
          }
        }
        if (task != null) {
          task.run();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // Thread boundary: one broken task or page must not stop every recording.
        LOG.warn("recorder browser work failed: {}", e.toString(), e);
      }
    }
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
