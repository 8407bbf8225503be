package com.argus.app.specs;

import com.argus.engine.run.RunStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One spec file as the projects screen lists it.
 *
 * @param key the path relative to the project's specs folder, forward slashes
 * @param name the spec's name, or the file name when the file cannot be read
 * @param problem why the file cannot be read, or null
 * @param lastStatus how the latest run ended, or null when it never ran
 */
public record SpecEntry(String key, Path file, String name, List<String> tags, int steps, String problem,
    RunStatus lastStatus, Instant lastRunAt) {
  public SpecEntry {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** The folder part of the key ("" at the top), for the tree. */
  public String folder() {
    int slash = key.lastIndexOf('/');
    return slash < 0 ? "" : key.substring(0, slash);
  }

  /** Whether this entry matches what the user typed: name, file path or a tag, ignoring case. */
  public boolean matches(String query) {
    if (query == null || query.isBlank()) {
      return true;
    }
    String q = query.trim().toLowerCase(java.util.Locale.ROOT);
    return name.toLowerCase(java.util.Locale.ROOT).contains(q) || key.toLowerCase(java.util.Locale.ROOT).contains(q)
        || tags.stream().anyMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains(q));
  }
}
