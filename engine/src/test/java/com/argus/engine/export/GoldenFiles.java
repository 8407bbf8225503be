package com.argus.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with a golden file under {@code src/test/resources/export/golden}.
 * Run with {@code -Dargus.export.regenerate=true} to rewrite the goldens after an intended change,
 * then review the diff.
 */
final class GoldenFiles {
  static final Path ROOT = Path.of("src/test/resources/export/golden");
  private static final boolean REGENERATE = Boolean.getBoolean("argus.export.regenerate");

  private GoldenFiles() {}

  static void check(String goldenPath, String actual) throws IOException {
    Path golden = ROOT.resolve(goldenPath);
    if (REGENERATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file %s (regenerate with -Dargus.export.regenerate=true)", golden).exists();
    assertThat(actual).as("generated %s compared with its golden file", goldenPath)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
