package com.argus.store;

import com.argus.engine.ArgusException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Argus home: the folder holding the workspace database, run artifacts (screenshots, DOM
 * snapshots, traces), the secrets file and logs. Resolved from an explicit {@code --home} value,
 * else the {@code ARGUS_HOME} environment variable, else {@code ~/.argus}.
 *
 * <p>Resolving only computes paths; {@link #createIfMissing()} creates the folders (opening a
 * {@link Workspace} does it). Immutable and thread-safe.
 */
public final class ArgusHome {
  /** The environment variable naming the home when no {@code --home} is given. */
  public static final String ENV_VARIABLE = "ARGUS_HOME";

  private final Path dir;

  private ArgusHome(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
  }

  /** The home at exactly this folder. */
  public static ArgusHome at(Path dir) {
    return new ArgusHome(dir);
  }

  /**
   * Resolves the home the way every Argus entry point does.
   *
   * @param explicitHome the {@code --home} value, or null / blank when none was given
   */
  public static ArgusHome resolve(String explicitHome) {
    return resolve(explicitHome, System.getenv(ENV_VARIABLE), System.getProperty("user.home"));
  }

  /** {@link #resolve(String)} with the environment and user home passed in, for tests. */
  public static ArgusHome resolve(String explicitHome, String envValue, String userHome) {
    if (explicitHome != null && !explicitHome.isBlank()) {
      return new ArgusHome(expandTilde(explicitHome.strip(), userHome));
    }
    if (envValue != null && !envValue.isBlank()) {
      return new ArgusHome(expandTilde(envValue.strip(), userHome));
    }
    if (userHome == null || userHome.isBlank()) {
      throw new ArgusException("Argus cannot find your home folder to put ~/.argus in. Use --home or set "
          + ENV_VARIABLE + " to choose where Argus keeps its data.");
    }
    return new ArgusHome(Path.of(userHome, ".argus"));
  }

  // Launchers and .desktop files pass "~/x" unexpanded; no shell did it for us.
  private static Path expandTilde(String value, String userHome) {
    if (userHome != null && (value.equals("~") || value.startsWith("~/") || value.startsWith("~\\"))) {
      return Path.of(userHome + value.substring(1));
    }
    return Path.of(value);
  }

  /** The home folder itself (absolute). */
  public Path dir() {
    return dir;
  }

  /** The embedded Derby database folder: {@code <home>/db}. */
  public Path databaseDir() {
    return dir.resolve("db");
  }

  /** Where run artifacts live: {@code <home>/artifacts}. */
  public Path artifactsDir() {
    return dir.resolve("artifacts");
  }

  /** The artifacts folder of one run: {@code <home>/artifacts/runs/<runId>} (not created here). */
  public Path runArtifactsDir(long runId) {
    return artifactsDir().resolve("runs").resolve(Long.toString(runId));
  }

  /** The secrets file: {@code <home>/secrets.properties}. */
  public Path secretsFile() {
    return dir.resolve("secrets.properties");
  }

  /** Log files, Derby's own log included: {@code <home>/logs}. */
  public Path logsDir() {
    return dir.resolve("logs");
  }

  /** Derby's log: {@code <home>/logs/derby.log}. */
  public Path derbyLog() {
    return logsDir().resolve("derby.log");
  }

  /**
   * The path stored in the database for a file under the home: relative, with forward slashes, so a
   * home moved to another folder or machine still finds its artifacts.
   *
   * @throws ArgusException when the file is not under the home
   */
  public String relativize(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(dir)) {
      throw new ArgusException("The file " + absolute + " is not inside the Argus home " + dir
          + "; artifacts must be kept under the home.");
    }
    return dir.relativize(absolute).toString().replace('\\', '/');
  }

  /**
   * The file a stored relative path refers to.
   *
   * @throws ArgusException when the path would lead outside the home (a tampered database)
   */
  public Path resolveStored(String relativePath) {
    Path resolved = dir.resolve(relativePath).normalize();
    if (Path.of(relativePath).isAbsolute() || !resolved.startsWith(dir)) {
      throw new ArgusException("The stored path '" + relativePath + "' points outside the Argus home " + dir + ".");
    }
    return resolved;
  }

  /**
   * Creates the home and its folders when missing and points Derby's log into it.
   *
   * @return this home
   * @throws ArgusException naming the path and what to do when the home cannot be used: it is a
   *     file, a parent is a file, permission is denied, the disk is full
   */
  public ArgusHome createIfMissing() {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ArgusException("The Argus home " + dir + " is a file, not a folder. Move that file away, "
          + "or use --home (or " + ENV_VARIABLE + ") to pick another home.");
    }
    Path existing = dir.getParent();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && !Files.isDirectory(existing)) {
      throw new ArgusException("Argus could not create its home folder " + dir + ": " + existing
          + " is a file, not a folder. Use --home (or " + ENV_VARIABLE + ") to pick another home.");
    }
    try {
      Files.createDirectories(dir);
      Files.createDirectories(logsDir());
      Files.createDirectories(artifactsDir());
    } catch (IOException e) {
      throw new ArgusException("Argus could not create its home folder " + dir + ": " + reason(e)
          + ". Check that the path is a writable folder with free space, or use --home (or "
          + ENV_VARIABLE + ") to pick another home.", e);
    }
    if (!Files.isWritable(dir)) {
      throw new ArgusException("The Argus home " + dir + " is not writable. Fix its permissions, "
          + "or use --home (or " + ENV_VARIABLE + ") to pick another home.");
    }
    configureDerby();
    return this;
  }

  /*
   * Derby reads these once, when its engine boots in this JVM, so the first home opened wins; a
   * value given with -D is left alone. Without them derby.log lands in the working directory.
   * Appending keeps a second Argus process (which fails to get the lock) from wiping the log of
   * the one that holds it.
   */
  private void configureDerby() {
    setIfAbsent("derby.system.home", dir.toString());
    setIfAbsent("derby.stream.error.file", derbyLog().toString());
    setIfAbsent("derby.infolog.append", "true");
  }

  private static void setIfAbsent(String key, String value) {
    synchronized (System.getProperties()) {
      if (System.getProperty(key) == null) {
        System.setProperty(key, value);
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException a) {
      return "permission denied on " + a.getFile();
    }
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + " exists and is not a folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT) + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArgusHome other && other.dir.equals(dir);
  }

  @Override
  public int hashCode() {
    return dir.hashCode();
  }

  @Override
  public String toString() {
    return dir.toString();
  }
}
