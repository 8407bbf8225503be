package com.argus.engine.export;

import com.argus.engine.ArgusException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * What an export produced: the files, the steps that could not be exported (each marked in the
 * code as {@code test.fixme} / {@code Assumptions.abort} with the reason) and notes the user should
 * read.
 *
 * <p>Immutable.
 */
public record ExportResult(List<ExportedFile> files, List<ExportIssue> unsupported, List<ExportIssue> notes) {
  public ExportResult {
    files = List.copyOf(files);
    unsupported = List.copyOf(unsupported);
    notes = List.copyOf(notes);
  }

  public boolean hasUnsupported() {
    return !unsupported.isEmpty();
  }

  /** The generated text of the file at {@code path}, for previews and tests. */
  public String content(String path) {
    return files.stream().filter(f -> f.path().equals(path) && f.isGenerated()).findFirst()
        .map(ExportedFile::content)
        .orElseThrow(() -> new IllegalArgumentException("no generated file " + path + " in " + paths()));
  }

  public List<String> paths() {
    return files.stream().map(ExportedFile::path).toList();
  }

  /** Writes every file under {@code options}' directories, replacing files of the same name. */
  public void writeTo(ExportOptions options) {
    for (ExportedFile f : files) {
      Path root = f.root() == ExportedFile.Root.RESOURCES ? options.effectiveResourcesDir() : options.outDir();
      Path target = root.resolve(f.path());
      try {
        Files.createDirectories(target.toAbsolutePath().getParent());
        if (f.isGenerated()) {
          Files.writeString(target, f.content(), StandardCharsets.UTF_8);
        } else {
          Files.copy(f.copyOf(), target, StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw new ArgusException("cannot write " + target + " (" + e.getMessage() + ")", e);
      }
    }
  }
}
