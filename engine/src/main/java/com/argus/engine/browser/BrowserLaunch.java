package com.argus.engine.browser;

import java.nio.file.Path;
import java.util.List;

/**
 * How to launch a browser process: which executable, headed or not, and its flags.
 *
 * @param executable the Chromium-family browser, from {@link BrowserDiscovery}
 * @param headed show the window (needs a display)
 * @param args command-line flags, usually {@link ChromiumFlags#forLaunch(boolean)}
 */
public record BrowserLaunch(Path executable, boolean headed, List<String> args) {
  public BrowserLaunch {
    args = List.copyOf(args);
  }

  public static BrowserLaunch headless(Path executable, boolean loopbackOnly) {
    return new BrowserLaunch(executable, false, ChromiumFlags.forLaunch(loopbackOnly));
  }
}
