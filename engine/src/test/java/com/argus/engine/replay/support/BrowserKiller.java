package com.argus.engine.replay.support;

/** Kills the browser processes this JVM started (the main process; its renderers follow), to simulate a crash. */
public final class BrowserKiller {
  private BrowserKiller() {}

  public static int killBrowsers() {
    int[] killed = {0};
    ProcessHandle.current().descendants()
        .filter(p -> p.info().commandLine().map(c -> c.contains("chromium") && !c.contains("--type=")
            && !c.contains("chromedriver")).orElse(false))
        .forEach(p -> {
          if (p.destroyForcibly()) {
            killed[0]++;
          }
        });
    return killed[0];
  }
}
