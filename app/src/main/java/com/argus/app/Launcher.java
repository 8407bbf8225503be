package com.argus.app;

import com.argus.app.cli.ArgusCommand;
import java.nio.file.Path;

/**
 * The process entry point. A plain class rather than the {@code Application} subclass, because
 * JavaFX refuses to start an {@code Application} main class from the classpath. It hands the
 * command line the way to open the workbench, so the command line knows nothing of the GUI.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    // Logging is configured on first use and writes under the Argus home, so the home must be
    // known before any class with a logger loads.
    System.setProperty("argus.home", homeFrom(args).toString());
    System.exit(ArgusCommand.execute(home -> WorkbenchApp.open(home == null ? null : home.toString()), args));
  }

  static Path homeFrom(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--home") && i + 1 < args.length) {
        return Path.of(args[i + 1]).toAbsolutePath();
      }
      if (args[i].startsWith("--home=")) {
        return Path.of(args[i].substring("--home=".length())).toAbsolutePath();
      }
    }
    String env = System.getenv("ARGUS_HOME");
    return env != null && !env.isBlank() ? Path.of(env).toAbsolutePath() : Path.of(System.getProperty("user.home"), ".argus");
  }
}
