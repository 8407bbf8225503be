package com.argus.app.specs;

import com.argus.engine.browser.ChromiumFlags;
import com.argus.engine.replay.DriverFactories;
import com.argus.engine.replay.RunOptions;
import com.argus.engine.replay.driver.BrowserDriver;
import com.argus.engine.replay.driver.BrowserDriverFactory;
import com.argus.engine.replay.driver.Poller;
import com.argus.engine.replay.driver.Scope;
import com.argus.engine.replay.driver.SessionSettings;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.DevicePreset;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link LocatorProbe} on the replay engine's browser driver (headless Playwright): opens the page
 * of the last navigation before the step, in the spec's device, and asks the driver how many
 * elements each candidate matches there, without waiting.
 *
 * <p>The steps between that navigation and the step are not replayed, so an element that appears
 * only after, say, signing in counts 0; the editor says where it counted. Thread-safe: each call
 * opens and closes its own browser session on the calling thread.
 */
public final class BrowserLocatorProbe implements LocatorProbe {
  private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(20);

  private final Path scratch;
  private final Supplier<String> browser;

  /**
   * @param scratch a folder the engine may write to (nothing is kept there)
   * @param browser the browser setting (a path), or blank to let the engine find one
   */
  public BrowserLocatorProbe(Path scratch, Supplier<String> browser) {
    this.scratch = scratch;
    this.browser = browser;
  }

  @Override
  public List<Integer> countMatches(String baseUrl, TestSpec spec, Step step, List<Locator> candidates) {
    String url = pageOf(baseUrl, spec, step);
    String chosen = browser.get();
    RunOptions options = RunOptions.builder(scratch).screenshots(false)
        .browser(chosen == null || chosen.isBlank() ? null : chosen).build();
    DevicePreset device = spec.device() == null ? DevicePreset.DESKTOP
        : DevicePreset.find(spec.device()).orElse(DevicePreset.DESKTOP);
    try (BrowserDriverFactory factory = DriverFactories.forOptions(options, ChromiumFlags.isLoopback(url), Poller.system());
        BrowserDriver driver = factory.open(SessionSettings.of(device, spec.viewport(), false))) {
      driver.navigate(Step.MAIN_PAGE, url, LOAD_TIMEOUT);
      Scope scope = new Scope(Step.MAIN_PAGE, step.frames());
      return candidates.stream().map(l -> driver.probe(scope, l, false).count()).toList();
    }
  }

  /** The absolute URL of the last navigation before {@code step}, else the base URL itself. */
  public static String pageOf(String baseUrl, TestSpec spec, Step step) {
    String base = baseUrl != null && !baseUrl.isBlank() ? baseUrl : spec.baseUrl();
    String path = null;
    for (Step s : spec.steps()) {
      if (s.id().equals(step.id())) {
        break;
      }
      if (s.action() == Action.NAVIGATE && s.value() != null && s.isEnabled()) {
        path = s.value();
      }
    }
    URI root = URI.create(base == null || base.isBlank() ? "about:blank" : base);
    return path == null ? root.toString() : root.resolve(path).toString();
  }
}
