package com.argus.engine.spec.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What YAML would read silently wrong, or read without end, is refused with the file and line. */
class SpecStrictReadingTest {
  private static final String HEAD = "schemaVersion: 2\nname: Strict\n";

  @Test
  void aKeyGivenTwiceNamesBothLinesInsteadOfDroppingTheFirst() {
    String text = HEAD + """
        steps:
          - id: open
            action: navigate
            value: /a
        steps:
          - id: other
            action: navigate
            value: /b
        """;
    assertThatThrownBy(() -> SpecFormat.parse(text, "dup.spec.yaml"))
        .isInstanceOf(SpecFormatException.class)
        .hasMessageContaining("dup.spec.yaml:7:")
        .hasMessageContaining("'steps' appears twice")
        .hasMessageContaining("line 3 and on line 7");
  }

  @Test
  void aKeyGivenTwiceInsideAStepIsRefusedToo() {
    String text = HEAD + "steps:\n  - id: open\n    action: navigate\n    value: /a\n    value: /b\n";
    assertThatThrownBy(() -> SpecFormat.parse(text, "dup.spec.yaml"))
        .hasMessageContaining("dup.spec.yaml:7:").hasMessageContaining("'value' appears twice");
  }

  @Test
  void aliasesAndAnchorsAreRefusedWithTheirLine() {
    String anchored = HEAD + "baseUrl: &site http://127.0.0.1/\nsteps:\n  - id: open\n    action: navigate\n    value: *site\n";
    assertThatThrownBy(() -> SpecFormat.parse(anchored, "a.spec.yaml"))
        .isInstanceOf(SpecFormatException.class)
        .hasMessageContaining("a.spec.yaml:3:").hasMessageContaining("anchors (`&site`) are not allowed");
    String aliased = HEAD + "steps:\n  - id: open\n    action: navigate\n    value: *site\n";
    assertThatThrownBy(() -> SpecFormat.parse(aliased, "b.spec.yaml"))
        .isInstanceOf(SpecFormatException.class)
        .hasMessageContaining("b.spec.yaml:6:");
  }

  @Test
  void aSecondDocumentIsRefusedNotIgnored() {
    String text = HEAD + "steps:\n  - id: open\n    action: navigate\n    value: /a\n---\nname: Hidden\n";
    assertThatThrownBy(() -> SpecFormat.parse(text, "two.spec.yaml"))
        .isInstanceOf(SpecFormatException.class)
        .hasMessageContaining("two.spec.yaml:7:").hasMessageContaining("a second YAML document");
  }

  @Test
  void deepNestingIsRefusedWithoutOverflowingTheStack() {
    String text = HEAD + "description: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
    assertThatThrownBy(() -> SpecFormat.parse(text, "deep.spec.yaml"))
        .isInstanceOf(ArgusException.class).hasMessageContaining("deep.spec.yaml");
  }

  @Test
  void aHugeFileIsRefusedByItsSizeBeforeItIsRead(@TempDir Path dir) throws IOException {
    // Sparse: far more than the heap, so reading it first could only end in OutOfMemoryError.
    Path huge = dir.resolve("huge.spec.yaml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(64L * 1024 * 1024 * 1024);
    }
    assertThatThrownBy(() -> SpecFormat.read(huge))
        .isInstanceOf(ArgusException.class)
        .hasMessageContaining("huge.spec.yaml").hasMessageContaining("larger than the " + SpecFormat.MAX_FILE_BYTES);
  }

  @Test
  void aTenMegabyteValueFailsOnSize(@TempDir Path dir) throws IOException {
    Path big = Files.writeString(dir.resolve("big.spec.yaml"), HEAD + "description: " + "x".repeat(10 * 1024 * 1024) + "\n");
    assertThatThrownBy(() -> SpecFormat.read(big)).isInstanceOf(ArgusException.class).hasMessageContaining("big.spec.yaml")
        .hasMessageContaining("split it into several specs");
  }

  @Test
  void aLinkToADeviceIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("zero.spec.yaml"), Path.of("/dev/zero"));
    assertThatThrownBy(() -> SpecFormat.read(link))
        .isInstanceOf(ArgusException.class).hasMessageContaining("zero.spec.yaml: not a regular file");
  }

  @Test
  void aFifoIsRefusedInsteadOfBlockingForever(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.spec.yaml");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();
    // Generous: the bound only turns a hang into a failure.
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(() -> SpecFormat.read(fifo))
        .isInstanceOf(ArgusException.class).hasMessageContaining("pipe.spec.yaml: not a regular file"));
  }

  @Test
  void aFolderIsNotReadAsASpec(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder.spec.yaml"));
    assertThatThrownBy(() -> SpecFormat.read(folder)).hasMessageContaining("folder.spec.yaml: not a regular file but a folder");
  }

  @Test
  void theWriterRefusesTheStepCountTheReaderRefuses() {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i <= SpecFormat.MAX_STEPS; i++) {
      steps.add(Step.of("s" + i, Action.NAVIGATE, null, "/p" + i));
    }
    TestSpec tooLong = TestSpec.named("Long", null, steps);
    assertThatThrownBy(() -> SpecFormat.write(tooLong))
        .isInstanceOf(ArgusException.class).hasMessageContaining("at most " + SpecFormat.MAX_STEPS);

    StringBuilder text = new StringBuilder(HEAD + "steps:\n");
    steps.forEach(s -> text.append("  - id: ").append(s.id()).append("\n    action: navigate\n    value: ").append(s.value()).append('\n'));
    assertThatThrownBy(() -> SpecFormat.parse(text.toString(), "long.spec.yaml"))
        .isInstanceOf(SpecFormatException.class).hasMessageContaining("long.spec.yaml:4:")
        .hasMessageContaining("at most " + SpecFormat.MAX_STEPS);
  }

  @Test
  void theLongestSpecTheWriterWritesReadsBack() {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < SpecFormat.MAX_STEPS; i++) {
      steps.add(Step.of("step-" + i, Action.NAVIGATE, null, "/a/rather/long/path/to/a/page/number/" + i + "?with=query"));
    }
    TestSpec longest = TestSpec.named("Longest", null, steps);
    assertThat(SpecFormat.parse(SpecFormat.write(longest), "longest.spec.yaml")).isEqualTo(longest);
  }
}
