package com.argus.engine.replay.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies a run's artifacts into a report folder so the report stands alone. Not thread-safe: one per report. */
final class ReportAssets {
  private final Path reportDir;

  ReportAssets(Path reportDir) {
    this.reportDir = reportDir;
  }

  /** The file copied under {@code assets/run-N/}, as a path relative to the report folder; null for null. */
  String copy(long runId, Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    Path target = reportDir.resolve("assets").resolve("run-" + runId).resolve(file.getFileName().toString());
    try {
      Files.createDirectories(target.getParent());
      Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + file + " into the report", e);
    }
    return reportDir.relativize(target).toString().replace('\\', '/');
  }
}
