package com.argus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.SpecVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A really full disk: a small tmpfs mounted for the test and filled up. Needs the right to mount
 * (root in a container or CI runner); skipped elsewhere.
 */
class FullDiskTest {
  @TempDir Path tmp;
  private Path disk;
  private boolean mounted;

  @BeforeEach
  void mountSmallDisk() throws Exception {
    disk = Files.createDirectories(tmp.resolve("disk"));
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted && run("umount", disk.toString()) != 0) {
      run("umount", "-l", disk.toString());
    }
  }

  @Test
  void fillingTheDiskWhileWritingGivesAClearMessageAndKeepsWhatWasSaved() throws Exception {
    mount("16m");
    ArgusHome home = ArgusHome.at(disk.resolve("home"));
    long project;
    try (Workspace ws = Workspace.open(home)) {
      project = ws.projects().create("shop", null, null).id();
      ws.specs().saveVersion(project, "kept.spec.yaml", "saved before the disk filled", "ana", null);
      fill(disk.resolve("filler"));

      assertThatThrownBy(() -> {
        for (int i = 0; i < 1000; i++) {
          ws.specs().saveVersion(project, "big.spec.yaml", i + "x".repeat(200_000), "ana", null);
        }
      }).isInstanceOf(ArgusException.class)
          .extracting(e -> ((ArgusException) e).userMessage()).asString()
          .startsWith("Argus could not save a version of the spec 'big.spec.yaml': it cannot write to its home "
              + home.dir() + ". The disk is probably full")
          .contains("Free some disk space");
    }
    Files.delete(disk.resolve("filler"));
    try (Workspace ws = Workspace.open(home)) {
      assertThat(ws.specs().latest(project, "kept.spec.yaml")).get().extracting(SpecVersion::content)
          .isEqualTo("saved before the disk filled");
    }
  }

  @Test
  void openingANewHomeOnAFullDiskGivesAClearMessage() throws Exception {
    mount("4m");
    fill(disk.resolve("filler"));
    ArgusHome home = ArgusHome.at(disk.resolve("home"));

    assertThatThrownBy(() -> Workspace.open(home))
        .isInstanceOf(ArgusException.class)
        .extracting(e -> ((ArgusException) e).userMessage()).asString()
        .contains(home.dir().toString(), "The disk is probably full")
        .doesNotContain("Feature not implemented");
  }

  private void mount(String size) throws Exception {
    boolean linux = System.getProperty("os.name").toLowerCase().contains("linux");
    assumeTrue(linux && run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", disk.toString()) == 0,
        "needs the right to mount a tmpfs");
    mounted = true;
  }

  private static void fill(Path file) {
    byte[] block = new byte[64 * 1024];
    try (OutputStream out = Files.newOutputStream(file)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      // no space left: that is the point
    }
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }
}
