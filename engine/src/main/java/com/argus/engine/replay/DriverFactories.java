package com.argus.engine.replay;

import com.argus.engine.browser.BrowserDiscovery;
import com.argus.engine.browser.BrowserLaunch;
import com.argus.engine.browser.ChromiumFlags;
import com.argus.engine.browser.PlaywrightPool;
import com.argus.engine.replay.driver.BrowserDriverFactory;
import com.argus.engine.replay.driver.Poller;
import com.argus.engine.replay.driver.playwright.PlaywrightDriverFactory;
import com.argus.engine.replay.driver.selenium.SeleniumDriverFactory;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Chooses the {@link BrowserDriverFactory} for a run's options: Playwright on the shared pool,
 * local ChromeDriver, or a Selenium Grid. Throws {@link com.argus.engine.ConfigurationException}
 * when there is no browser or the grid does not answer. Stateless.
 */
public final class DriverFactories {
  private DriverFactories() {}

  /**
   * @param loopback every test's app is on 127.0.0.1, so Chromium may be told to resolve no other
   *     host names
   */
  public static BrowserDriverFactory forOptions(RunOptions options, boolean loopback, Poller poller) {
    return forOptions(options, loopback, poller, PlaywrightPool.shared(), new BrowserDiscovery());
  }

  public static BrowserDriverFactory forOptions(
      RunOptions options, boolean loopback, Poller poller, PlaywrightPool pool, BrowserDiscovery discovery) {
    if (options.grid() != null) {
      return SeleniumDriverFactory.grid(options.grid(), loopback, poller);
    }
    Path browser = discovery.find(Optional.ofNullable(options.browser()));
    if (options.backend() == Backend.SELENIUM) {
      return SeleniumDriverFactory.local(options.chromedriver(), browser, options.headed(), loopback, poller);
    }
    return new PlaywrightDriverFactory(pool,
        new BrowserLaunch(browser, options.headed(), ChromiumFlags.forLaunch(loopback)), poller);
  }
}
