package com.argus.engine.secret;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Secrets from the environment ({@code ARGUS_SECRET_<NAME>}, upper case) first, then from {@code
 * secrets.properties} in the Argus home, outside any project. The file is read once.
 *
 * <p>Immutable and thread-safe.
 */
public final class EnvironmentSecrets implements SecretsProvider {
  public static final String ENV_PREFIX = "ARGUS_SECRET_";
  public static final String FILE_NAME = "secrets.properties";

  private final Map<String, String> env;
  private final Path file;
  private final Properties fromFile;

  public EnvironmentSecrets(Map<String, String> env, Path argusHome) {
    this.env = Map.copyOf(env);
    this.file = argusHome == null ? null : argusHome.resolve(FILE_NAME);
    this.fromFile = load(file);
  }

  /** The process environment and {@code <argusHome>/secrets.properties}. */
  public static EnvironmentSecrets of(Path argusHome) {
    return new EnvironmentSecrets(System.getenv(), argusHome);
  }

  public static String envName(String name) {
    return ENV_PREFIX + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  @Override
  public Optional<String> secret(String name) {
    String value = env.get(envName(name));
    if (value == null) {
      value = fromFile.getProperty(name);
    }
    return Optional.ofNullable(value);
  }

  @Override
  public String howToSet(String name) {
    return "set " + envName(name) + (file == null ? "" : " or add `" + name + "=...` to " + file);
  }

  private static Properties load(Path file) {
    Properties properties = new Properties();
    if (file != null && Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return properties;
  }
}
