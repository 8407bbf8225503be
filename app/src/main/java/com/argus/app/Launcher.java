package com.argus.app;

import com.argus.app.cli.ArgusCommand;

/**
 * The process entry point. A plain class rather than the {@code Application} subclass, because
 * JavaFX refuses to start an {@code Application} main class from the classpath.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    System.exit(ArgusCommand.execute(args));
  }
}
