package com.argus.engine.replay.driver.selenium;

import com.argus.engine.ConfigurationException;
import com.argus.engine.browser.ChromiumFlags;
import com.argus.engine.replay.driver.BrowserDriver;
import com.argus.engine.replay.driver.BrowserDriverFactory;
import com.argus.engine.replay.driver.BrowserGoneException;
import com.argus.engine.replay.driver.Poller;
import com.argus.engine.replay.driver.SessionSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.LocalFileDetector;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Opens {@link SeleniumDriver} sessions on a local ChromeDriver or on a Selenium Grid. Both the
 * ChromeDriver and the browser binary are given explicitly, which keeps Selenium Manager (and its
 * downloads) out. Each local session gets its own ChromeDriver process: quitting a session stops
 * its service, so sharing one between parallel sessions would cut the others off.
 *
 * <p>Thread-safe.
 */
public final class SeleniumDriverFactory implements BrowserDriverFactory {
  public static final Path DEFAULT_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final Path chromedriver;
  private final Path browser;
  private final URI grid;
  private final boolean headed;
  private final List<String> args;
  private final Poller poller;

  private SeleniumDriverFactory(Path chromedriver, Path browser, URI grid, boolean headed, List<String> args, Poller poller) {
    this.chromedriver = chromedriver;
    this.browser = browser;
    this.grid = grid;
    this.headed = headed;
    this.args = List.copyOf(args);
    this.poller = poller;
  }

  /** Sessions on this machine's Chromium through the given ChromeDriver. */
  public static SeleniumDriverFactory local(Path chromedriver, Path browser, boolean headed, boolean loopbackOnly, Poller poller) {
    if (!Files.isExecutable(chromedriver)) {
      throw new ConfigurationException("ChromeDriver not found at " + chromedriver
          + "; install with `apt-get install -y chromium-driver`.");
    }
    return new SeleniumDriverFactory(chromedriver, browser, null, headed, ChromiumFlags.forLaunch(loopbackOnly), poller);
  }

  /**
   * Sessions on a Selenium Grid; checks that the grid answers and is ready first, so an unreachable
   * grid is a configuration error rather than a failure of every test.
   */
  public static SeleniumDriverFactory grid(URI grid, boolean loopbackOnly, Poller poller) {
    requireReady(grid);
    return new SeleniumDriverFactory(null, null, grid, false, ChromiumFlags.forLaunch(loopbackOnly), poller);
  }

  @Override
  public BrowserDriver open(SessionSettings settings) {
    ChromeOptions options = options(settings);
    WebDriver driver;
    try {
      if (grid == null) {
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .build();
        driver = new ChromeDriver(service, options);
      } else {
        RemoteWebDriver remote = new RemoteWebDriver(toUrl(grid), options);
        remote.setFileDetector(new LocalFileDetector());
        driver = remote;
      }
    } catch (SessionNotCreatedException e) {
      throw new ConfigurationException((grid == null ? "ChromeDriver" : "The Selenium Grid at " + grid)
          + " could not start a Chromium session: " + firstLine(e.getMessage()), e);
    } catch (WebDriverException e) {
      if (grid != null) {
        throw new BrowserGoneException("The Selenium Grid at " + grid + " failed to open a session: " + firstLine(e.getMessage()), e);
      }
      throw new BrowserGoneException("ChromeDriver failed to open a session: " + firstLine(e.getMessage()), e);
    }
    return new SeleniumDriver(driver, grid == null ? "selenium" : "selenium-grid", poller, settings.mobile());
  }

  private ChromeOptions options(SessionSettings settings) {
    ChromeOptions options = new ChromeOptions();
    if (browser != null) {
      options.setBinary(browser.toFile());
    }
    List<String> all = new ArrayList<>(args);
    if (!headed) {
      all.add("--headless=new");
    }
    if (settings.mobile()) {
      Map<String, Object> metrics = new LinkedHashMap<>();
      metrics.put("width", settings.viewport().width());
      metrics.put("height", settings.viewport().height());
      metrics.put("pixelRatio", settings.scale());
      metrics.put("touch", true);
      metrics.put("mobile", true);
      Map<String, Object> emulation = new LinkedHashMap<>();
      emulation.put("deviceMetrics", metrics);
      if (settings.userAgent() != null) {
        emulation.put("userAgent", settings.userAgent());
      }
      options.setExperimentalOption("mobileEmulation", emulation);
    } else {
      all.add("--window-size=" + settings.viewport().width() + "," + settings.viewport().height());
    }
    options.addArguments(all);
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    return options;
  }

  private static void requireReady(URI grid) {
    URI status = grid.resolve(grid.getPath().endsWith("/") ? "status" : grid.getPath() + "/status");
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try {
      HttpResponse<String> response = client.send(
          HttpRequest.newBuilder(status).timeout(Duration.ofSeconds(10)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 || !response.body().replace(" ", "").contains("\"ready\":true")) {
        throw new ConfigurationException("The Selenium Grid at " + grid + " is not ready (HTTP " + response.statusCode()
            + " from " + status + "); check that it has a Chromium node with free slots.");
      }
    } catch (IOException e) {
      throw new ConfigurationException("The Selenium Grid at " + grid + " is not reachable (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); start the grid or check --grid.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConfigurationException("Interrupted while checking the Selenium Grid at " + grid, e);
    }
  }

  private static URL toUrl(URI uri) {
    try {
      return uri.toURL();
    } catch (java.net.MalformedURLException e) {
      throw new ConfigurationException("'" + uri + "' is not a valid grid URL", e);
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.split("\n")[0];
  }
}
