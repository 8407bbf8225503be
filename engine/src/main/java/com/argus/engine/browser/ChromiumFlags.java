package com.argus.engine.browser;

import java.util.List;

/**
 * Command-line flags that keep Chromium quiet and offline: no sync, no component updates, no
 * background networking, and no DNS look-ups except for loopback, where the app under test runs.
 * Shared by the replay backends and the recorder.
 */
public final class ChromiumFlags {
  private ChromiumFlags() {}

  /** Flags for every launch. */
  public static final List<String> QUIET = List.of(
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-dev-shm-usage");

  /**
   * Stops Chromium's own DNS look-ups; added when the app under test is on loopback, since it would
   * break an app on another host.
   */
  public static final String LOOPBACK_ONLY_DNS = "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1";

  /** The quiet flags, plus the loopback DNS rule when {@code loopbackOnly}. */
  public static List<String> forLaunch(boolean loopbackOnly) {
    if (!loopbackOnly) {
      return QUIET;
    }
    return java.util.stream.Stream.concat(QUIET.stream(), java.util.stream.Stream.of(LOOPBACK_ONLY_DNS)).toList();
  }

  /** Whether a base URL points at this machine's loopback interface. */
  public static boolean isLoopback(String url) {
    if (url == null) {
      return true;
    }
    try {
      String host = java.net.URI.create(url).getHost();
      return host == null || host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
