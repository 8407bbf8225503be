package com.argus.engine.browser;

import com.argus.engine.ConfigurationException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Chromium-family browser Argus drives, the way a user expects: the setting, then the
 * {@code ARGUS_BROWSER} environment variable, then {@code /usr/bin/chromium}, then {@code
 * google-chrome}, {@code chromium} or {@code chrome} on the {@code PATH}. Never downloads one.
 *
 * <p>Immutable and thread-safe.
 */
public final class BrowserDiscovery {
  public static final String ENV_VARIABLE = "ARGUS_BROWSER";
  public static final String INSTALL_HINT =
      "No Chromium or Chrome found; install with `apt-get install -y chromium` (or set ARGUS_BROWSER to the browser's path).";

  private static final List<String> PATH_NAMES = List.of("google-chrome", "chromium", "chrome", "chromium-browser");

  private final Map<String, String> env;
  private final Path wellKnown;

  public BrowserDiscovery() {
    this(System.getenv(), Path.of("/usr/bin/chromium"));
  }

  /** For tests: a fixed environment and well-known location. */
  public BrowserDiscovery(Map<String, String> env, Path wellKnown) {
    this.env = Map.copyOf(env);
    this.wellKnown = wellKnown;
  }

  /** The browser from the setting when given, else the first one found. */
  public Path find(Optional<String> setting) {
    if (setting.isPresent() && !setting.get().isBlank()) {
      return requireExecutable(Path.of(setting.get()), "the project setting \"browser\"");
    }
    String fromEnv = env.get(ENV_VARIABLE);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return requireExecutable(Path.of(fromEnv), ENV_VARIABLE);
    }
    if (Files.isExecutable(wellKnown)) {
      return wellKnown;
    }
    String path = env.getOrDefault("PATH", "");
    for (String name : PATH_NAMES) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isBlank()) {
          Path candidate = Path.of(dir, name);
          if (Files.isExecutable(candidate)) {
            return candidate;
          }
        }
      }
    }
    throw new ConfigurationException(INSTALL_HINT);
  }

  private static Path requireExecutable(Path path, String source) {
    if (!Files.isExecutable(path)) {
      throw new ConfigurationException(
          "The browser named by " + source + " (" + path + ") is not an executable file; " + INSTALL_HINT);
    }
    return path;
  }
}
