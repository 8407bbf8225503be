package com.argus.recorder.capture;

import com.argus.engine.ArgusException;
import com.argus.engine.browser.BrowserDiscovery;
import com.argus.engine.browser.ChromiumFlags;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Launches the recording browser, or attaches to a running one over CDP. Finding the browser and
 * its quiet flags are the engine's ({@link BrowserDiscovery}, {@link ChromiumFlags}), so recording
 * and replay use the same Chromium the same way.
 *
 * <p>Stateless; call it on the recorder's browser thread.
 */
public final class BrowserLauncher {
  private BrowserLauncher() {}

  /** The flags a recording browser starts with when the recorded app is at {@code url}. */
  public static List<String> argsFor(String url) {
    return ChromiumFlags.forLaunch(ChromiumFlags.isLoopback(url));
  }

  /** The browser to launch: {@code configured} when given, else what the engine's discovery finds. */
  public static Path findBrowser(Path configured) {
    try {
      return new BrowserDiscovery().find(Optional.ofNullable(configured).map(Path::toString));
    } catch (ArgusException e) {
      throw new CaptureException(e.userMessage(), e);
    }
  }

  public static Browser launch(Playwright playwright, Path executable, boolean headless, List<String> args) {
    try {
      return playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(executable)
          .setHeadless(headless)
          .setArgs(args));
    } catch (PlaywrightException e) {
      throw new CaptureException("could not start the browser " + executable + ": " + firstLine(e.getMessage()), e);
    }
  }

  public static Browser connect(Playwright playwright, String cdpEndpoint) {
    try {
      return playwright.chromium().connectOverCDP(cdpEndpoint);
    } catch (PlaywrightException e) {
      throw new CaptureException("could not attach to the browser at " + cdpEndpoint
          + "; start Chrome with --remote-debugging-port=<port> and use http://127.0.0.1:<port> ("
          + firstLine(e.getMessage()) + ")", e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
