package com.argus.recorder.capture;

import com.argus.recorder.RecorderException;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a Chromium the way a user expects (the setting, {@code ARGUS_BROWSER}, then the usual
 * install paths), launches it quietly, or attaches to one over CDP.
 *
 * <p>Stateless; call it on the browser thread.
 */
public final class BrowserLauncher {
  /** Flags that keep Chromium from phoning home and from looking up names other than loopback's. */
  public static final List<String> QUIET_ARGS = List.of("--no-sandbox", "--disable-gpu",
      "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
  private static final List<String> KNOWN = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/usr/bin/chrome",
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe");

  private BrowserLauncher() {}

  /** The browser to launch: {@code configured} when given, else {@code ARGUS_BROWSER}, else a known path. */
  public static Path findBrowser(Path configured) {
    List<String> tried = new ArrayList<>();
    if (configured != null) {
      if (Files.isExecutable(configured)) {
        return configured;
      }
      throw new RecorderException("the browser set in the settings, " + configured + ", is not an executable file");
    }
    String env = System.getenv("ARGUS_BROWSER");
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env);
      if (Files.isExecutable(p)) {
        return p;
      }
      tried.add(env + " (ARGUS_BROWSER)");
    }
    for (String k : KNOWN) {
      Path p = Path.of(k);
      if (Files.isExecutable(p)) {
        return p;
      }
      tried.add(k);
    }
    throw new RecorderException("no Chromium or Chrome found (looked at " + String.join(", ", tried)
        + "); install one with `sudo apt-get install chromium` or set ARGUS_BROWSER to its path");
  }

  public static Browser launch(Playwright playwright, Path executable, boolean headless) {
    try {
      return playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(executable)
          .setHeadless(headless)
          .setArgs(QUIET_ARGS));
    } catch (PlaywrightException e) {
      throw new RecorderException("could not start the browser " + executable + ": " + firstLine(e.getMessage()), e);
    }
  }

  public static Browser connect(Playwright playwright, String cdpEndpoint) {
    try {
      return playwright.chromium().connectOverCDP(cdpEndpoint);
    } catch (PlaywrightException e) {
      throw new RecorderException("could not attach to the browser at " + cdpEndpoint
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
