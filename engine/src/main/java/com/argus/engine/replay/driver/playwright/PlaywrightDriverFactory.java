package com.argus.engine.replay.driver.playwright;

import com.argus.engine.browser.BrowserLaunch;
import com.argus.engine.browser.PlaywrightPool;
import com.argus.engine.replay.driver.BrowserDriver;
import com.argus.engine.replay.driver.BrowserDriverFactory;
import com.argus.engine.replay.driver.BrowserGoneException;
import com.argus.engine.replay.driver.Poller;
import com.argus.engine.replay.driver.SessionSettings;

/**
 * Opens {@link PlaywrightDriver} sessions: a new browser context per session, on a browser leased
 * from a {@link PlaywrightPool} (the shared one unless a test says otherwise).
 *
 * <p>Thread-safe.
 */
public final class PlaywrightDriverFactory implements BrowserDriverFactory {
  private final PlaywrightPool pool;
  private final BrowserLaunch launch;
  private final Poller poller;

  public PlaywrightDriverFactory(PlaywrightPool pool, BrowserLaunch launch) {
    this(pool, launch, Poller.system());
  }

  /** With the run's poller, whose cancellation the sessions' element actions observe. */
  public PlaywrightDriverFactory(PlaywrightPool pool, BrowserLaunch launch, Poller poller) {
    this.pool = pool;
    this.launch = launch;
    this.poller = poller;
  }

  @Override
  public BrowserDriver open(SessionSettings settings) {
    try {
      return new PlaywrightDriver(pool.lease(launch), settings, poller);
    } catch (BrowserGoneException e) {
      // The shared browser may have died between tests; one fresh launch before giving up.
      return new PlaywrightDriver(pool.lease(launch, true), settings, poller);
    }
  }
}
