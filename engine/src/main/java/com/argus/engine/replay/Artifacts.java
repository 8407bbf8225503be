package com.argus.engine.replay;

import com.argus.engine.run.ArtifactRecord;
import com.argus.engine.run.RunRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one test run's files (screenshots, DOM snapshots, trace) into its own folder and records
 * them in the repository, with paths relative to the Argus home when under it. Not thread-safe:
 * one per test.
 */
final class Artifacts {
  private final Path dir;
  private final Path home;
  private final RunRepository repository;
  private final long runId;

  Artifacts(Path artifactsRoot, Path home, RunRepository repository, long runId) {
    this.dir = artifactsRoot.resolve("run-" + runId).toAbsolutePath().normalize();
    this.home = home == null ? null : home.toAbsolutePath().normalize();
    this.repository = repository;
    this.runId = runId;
  }

  Path dir() {
    return dir;
  }

  Path screenshot(int index, String stepId, byte[] png) {
    return write(stepFile(index, stepId, "png"), png, stepId, "screenshot");
  }

  Path dom(int index, String stepId, String html) {
    return write(stepFile(index, stepId, "html"), html.getBytes(StandardCharsets.UTF_8), stepId, "dom");
  }

  /** A heal evidence file of a step ({@code heal-<step>-<suffix>}), recorded as an artifact of {@code kind}. */
  Path healFile(String stepId, String suffix, byte[] bytes, String kind) {
    String safe = stepId == null ? "step" : stepId.replaceAll("[^A-Za-z0-9_.-]", "_");
    return write(dir.resolve("heal-" + safe + "-" + suffix), bytes, stepId, kind);
  }

  /** A path as the repository stores it, made absolute again. */
  Path resolve(String stored) {
    Path p = Path.of(stored);
    return p.isAbsolute() || home == null ? p : home.resolve(p);
  }

  Path tracePath() {
    createDir();
    return dir.resolve("trace.zip");
  }

  void recordTrace(Path trace) {
    repository.addArtifact(runId, null, "trace", stored(trace));
  }

  /** The path as the repository stores it: relative to the Argus home when under it. */
  String stored(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return home != null && abs.startsWith(home) ? home.relativize(abs).toString() : abs.toString();
  }

  private Path stepFile(int index, String stepId, String ext) {
    String safe = stepId == null ? "step" : stepId.replaceAll("[^A-Za-z0-9_.-]", "_");
    return dir.resolve(String.format("step-%02d-%s.%s", index + 1, safe, ext));
  }

  private Path write(Path file, byte[] bytes, String stepId, String kind) {
    createDir();
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    ArtifactRecord ignored = repository.addArtifact(runId, stepId, kind, stored(file));
    return file;
  }

  private void createDir() {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }
}
