package com.argus.engine.export;

import java.nio.file.Path;

/**
 * One file an export produces: generated text, or a copy of a file the spec uses (an upload).
 *
 * <p>Immutable.
 *
 * @param path where it goes, relative to the export's root ({@code /}-separated)
 * @param root which root: {@link Root#OUT} or, for Java resources, {@link Root#RESOURCES}
 * @param content the generated text (UTF-8), or null for a copy
 * @param copyOf the file to copy, or null for generated text
 */
public record ExportedFile(String path, Root root, String content, Path copyOf) {
  /** The directory a file's {@code path} is relative to. */
  public enum Root { OUT, RESOURCES }

  static ExportedFile text(String path, String content) {
    return new ExportedFile(path, Root.OUT, content, null);
  }

  static ExportedFile copy(Root root, String path, Path source) {
    return new ExportedFile(path, root, null, source);
  }

  public boolean isGenerated() {
    return content != null;
  }
}
