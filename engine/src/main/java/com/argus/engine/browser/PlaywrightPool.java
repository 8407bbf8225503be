package com.argus.engine.browser;

import com.argus.engine.ConfigurationException;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's Playwright instances and their launched browsers, created once and reused:
 * {@code Playwright.create()} costs about two seconds and a browser launch half a second.
 *
 * <p>A Playwright instance must be used by one thread at a time, so parallel workers each lease a
 * <em>lane</em> (one Playwright with its browsers) for as long as they run a test, and give it back
 * after. With one worker there is exactly one Playwright per process. A lane whose browser died is
 * relaunched on the next lease. Playwright is told never to download a browser.
 *
 * <p>Thread-safe.
 */
public final class PlaywrightPool implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PlaywrightPool.class);
  private static final PlaywrightPool SHARED = new PlaywrightPool();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(SHARED::close, "argus-playwright-shutdown"));
  }

  private final Deque<Lane> idle = new ArrayDeque<>();
  private int created;
  private boolean closed;

  /** The pool every runner in this process shares. */
  public static PlaywrightPool shared() {
    return SHARED;
  }

  /** Leases a lane with a connected browser launched as {@code launch} says; close the lease to give it back. */
  public Lease lease(BrowserLaunch launch) {
    return lease(launch, false);
  }

  /**
   * Like {@link #lease(BrowserLaunch)}; with {@code relaunch} the lane's browser is replaced first,
   * for when it died without Playwright noticing yet (killed from outside).
   */
  public Lease lease(BrowserLaunch launch, boolean relaunch) {
    Lane lane = takeLane();
    try {
      if (relaunch) {
        lane.forget(launch);
      }
      return new Lease(this, lane, lane.browser(launch));
    } catch (RuntimeException e) {
      giveBack(lane);
      throw e;
    }
  }

  /**
   * Leases a lane for its Playwright alone and launches nothing: for a caller that launches or
   * attaches its own browsers (the recorder, whose window is headed and may be the user's own
   * Chromium over CDP). {@link Lease#browser()} of such a lease throws.
   */
  public Lease leasePlaywright() {
    Lane lane = takeLane();
    return new Lease(this, lane, null);
  }

  private Lane takeLane() {
    Lane lane;
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the Playwright pool is closed");
      }
      lane = idle.pollFirst();
      if (lane == null) {
        created++;
      }
    }
    if (lane == null) {
      lane = new Lane(createPlaywright());
    }
    return lane;
  }

  /** How many Playwright instances this pool has created: stays 1 with one worker. */
  public synchronized int created() {
    return created;
  }

  private static Playwright createPlaywright() {
    long start = System.nanoTime();
    Playwright playwright = Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    LOG.debug("Playwright created in {} ms", (System.nanoTime() - start) / 1_000_000);
    return playwright;
  }

  private synchronized void giveBack(Lane lane) {
    if (closed) {
      lane.close();
    } else {
      idle.addFirst(lane);
    }
  }

  @Override
  public void close() {
    Deque<Lane> toClose;
    synchronized (this) {
      closed = true;
      toClose = new ArrayDeque<>(idle);
      idle.clear();
    }
    toClose.forEach(Lane::close);
  }

  /** A lane held by one thread: its Playwright and the browser for the requested launch. */
  public static final class Lease implements AutoCloseable {
    private final PlaywrightPool pool;
    private final Lane lane;
    private final Browser browser;
    private boolean returned;

    private Lease(PlaywrightPool pool, Lane lane, Browser browser) {
      this.pool = pool;
      this.lane = lane;
      this.browser = browser;
    }

    public Playwright playwright() {
      return lane.playwright;
    }

    /** The browser launched for this lease; not for a {@link PlaywrightPool#leasePlaywright()} lease. */
    public Browser browser() {
      if (browser == null) {
        throw new IllegalStateException("this lease was taken for Playwright alone; it launched no browser");
      }
      return browser;
    }

    @Override
    public void close() {
      if (!returned) {
        returned = true;
        pool.giveBack(lane);
      }
    }
  }

  private static final class Lane {
    private final Playwright playwright;
    private final Map<BrowserLaunch, Browser> browsers = new HashMap<>();

    Lane(Playwright playwright) {
      this.playwright = playwright;
    }

    Browser browser(BrowserLaunch launch) {
      Browser browser = browsers.get(launch);
      if (browser != null && browser.isConnected()) {
        return browser;
      }
      if (browser != null) {
        LOG.warn("The browser of a Playwright lane died; launching a new one");
        closeQuietly(browser);
      }
      try {
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(launch.executable())
            .setHeadless(!launch.headed())
            .setArgs(launch.args()));
      } catch (PlaywrightException e) {
        throw new ConfigurationException(
            "Could not start the browser " + launch.executable() + ": " + firstLine(e.getMessage())
                + (launch.headed() ? " (a headed run needs a display; try xvfb-run or drop --headed)" : ""),
            e);
      }
      browsers.put(launch, browser);
      return browser;
    }

    void forget(BrowserLaunch launch) {
      Browser old = browsers.remove(launch);
      if (old != null) {
        closeQuietly(old);
      }
    }

    void close() {
      browsers.values().forEach(Lane::closeQuietly);
      try {
        playwright.close();
      } catch (PlaywrightException e) {
        LOG.debug("closing Playwright", e);
      }
    }

    private static void closeQuietly(Browser browser) {
      try {
        browser.close();
      } catch (PlaywrightException e) {
        LOG.debug("closing a browser", e);
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
