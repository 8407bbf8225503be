package com.argus.engine.importer;

import java.nio.file.Path;

/**
 * Converts a recording made by another tool into specs. Implementations are stateless and
 * thread-safe; a file that does not read throws {@link com.argus.engine.ConfigurationException}
 * naming the file, line and column.
 */
public interface RecordingImporter {
  ImportResult read(Path file);

  /** For recordings already in memory; {@code label} names it in messages. */
  ImportResult parse(String json, String label);
}
