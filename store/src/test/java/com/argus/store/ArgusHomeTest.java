package com.argus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ArgusException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgusHomeTest {
  @TempDir Path tmp;

  @Test
  void explicitHomeWinsOverTheEnvironment() {
    assertThat(ArgusHome.resolve("/opt/argus", "/env/argus", "/home/ana").dir()).isEqualTo(Path.of("/opt/argus"));
  }

  @Test
  void environmentWinsOverTheUserHome() {
    assertThat(ArgusHome.resolve(null, "/env/argus", "/home/ana").dir()).isEqualTo(Path.of("/env/argus"));
    assertThat(ArgusHome.resolve("  ", "/env/argus", "/home/ana").dir()).isEqualTo(Path.of("/env/argus"));
  }

  @Test
  void defaultIsDotArgusInTheUserHome() {
    assertThat(ArgusHome.resolve(null, null, "/home/ana").dir()).isEqualTo(Path.of("/home/ana/.argus"));
    assertThat(ArgusHome.resolve(null, "", "/home/ana").dir()).isEqualTo(Path.of("/home/ana/.argus"));
  }

  @Test
  void unexpandedTildeMeansTheUserHome() {
    assertThat(ArgusHome.resolve(null, "~/work/argus", "/home/ana").dir()).isEqualTo(Path.of("/home/ana/work/argus"));
    assertThat(ArgusHome.resolve("~", null, "/home/ana").dir()).isEqualTo(Path.of("/home/ana"));
  }

  @Test
  void relativeHomeIsMadeAbsolute() {
    Path dir = ArgusHome.resolve("argus-home", null, "/home/ana").dir();
    assertThat(dir.isAbsolute()).isTrue();
    assertThat(dir.getFileName()).isEqualTo(Path.of("argus-home"));
  }

  @Test
  void pathsLiveUnderTheHome() {
    ArgusHome home = ArgusHome.at(Path.of("/h"));
    assertThat(home.databaseDir()).isEqualTo(Path.of("/h/db"));
    assertThat(home.artifactsDir()).isEqualTo(Path.of("/h/artifacts"));
    assertThat(home.runArtifactsDir(42)).isEqualTo(Path.of("/h/artifacts/runs/42"));
    assertThat(home.secretsFile()).isEqualTo(Path.of("/h/secrets.properties"));
    assertThat(home.logsDir()).isEqualTo(Path.of("/h/logs"));
  }

  @Test
  void artifactPathsAreStoredRelativeAndResolvedBack() {
    ArgusHome home = ArgusHome.at(tmp);
    Path shot = home.runArtifactsDir(7).resolve("s1.png");

    String stored = home.relativize(shot);

    assertThat(stored).isEqualTo("artifacts/runs/7/s1.png");
    assertThat(home.resolveStored(stored)).isEqualTo(shot);
  }

  @Test
  void pathsOutsideTheHomeAreRefused() {
    ArgusHome home = ArgusHome.at(tmp.resolve("home"));
    assertThatThrownBy(() -> home.relativize(tmp.resolve("elsewhere/x.png")))
        .isInstanceOf(ArgusException.class).hasMessageContaining("not inside the Argus home");
    assertThatThrownBy(() -> home.resolveStored("../../etc/passwd"))
        .isInstanceOf(ArgusException.class).hasMessageContaining("outside the Argus home");
    assertThatThrownBy(() -> home.resolveStored("/etc/passwd"))
        .isInstanceOf(ArgusException.class).hasMessageContaining("outside the Argus home");
  }

  @Test
  void createIfMissingMakesTheHomeAndItsFolders() {
    ArgusHome home = ArgusHome.at(tmp.resolve("a/b/home"));

    home.createIfMissing();
    home.createIfMissing();

    assertThat(home.dir()).isDirectory();
    assertThat(home.logsDir()).isDirectory();
    assertThat(home.artifactsDir()).isDirectory();
  }

  @Test
  void homeThatIsARegularFileGivesAClearMessage() throws Exception {
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");

    assertThatThrownBy(() -> Workspace.open(ArgusHome.at(file)))
        .isInstanceOf(ArgusException.class)
        .extracting(e -> ((ArgusException) e).userMessage())
        .isEqualTo("The Argus home " + file + " is a file, not a folder. Move that file away, "
            + "or use --home (or ARGUS_HOME) to pick another home.");
  }

  @Test
  void homeInsideARegularFileGivesAClearMessage() throws Exception {
    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    Path home = file.resolve("home");

    assertThatThrownBy(() -> Workspace.open(ArgusHome.at(home)))
        .isInstanceOf(ArgusException.class)
        .extracting(e -> ((ArgusException) e).userMessage())
        .isEqualTo("Argus could not create its home folder " + home + ": " + file + " is a file, not a folder. "
            + "Use --home (or ARGUS_HOME) to pick another home.");
  }
}
