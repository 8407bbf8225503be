package com.argus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ArgusException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real JVMs on one Argus home: Derby lets one of them in; the other is told why and what to do. */
class HomeInUseIT {
  private static final Duration WAIT = Duration.ofSeconds(90);

  @TempDir Path tmp;

  @Test
  void openingAHomeAnotherProcessHoldsGivesAClearMessage() throws Exception {
    Path home = tmp.resolve("home");
    try (JavaProcess holder = JavaProcess.start(HoldHomeMain.class, tmp.resolve("cwd"), tmp.resolve("holder.err"),
        home.toString())) {
      assertThat(holder.nextLine(WAIT)).isEqualTo("OPEN");

      assertThatThrownBy(() -> Workspace.open(ArgusHome.at(home)))
          .isInstanceOf(ArgusException.class)
          .extracting(e -> ((ArgusException) e).userMessage())
          .isEqualTo("The Argus home " + home + " is in use by another Argus process (Derby keeps one writer per "
              + "database). Close the other Argus window or command, or use --home to pick another home.");

      // Our failed attempt must not disturb the holder, and once it has gone the home is ours.
      holder.closeStdin();
      assertThat(holder.nextLine(WAIT)).isEqualTo("CLOSED");
      assertThat(holder.waitFor(WAIT)).isZero();
    }
    try (Workspace ws = Workspace.open(ArgusHome.at(home))) {
      assertThat(ws.projects().list()).isEmpty();
    }
  }

  @Test
  void aSecondProcessIsRefusedWhileThisOneHoldsTheHome() throws Exception {
    ArgusHome home = ArgusHome.at(tmp.resolve("home"));
    try (Workspace ws = Workspace.open(home);
         JavaProcess second = JavaProcess.start(HoldHomeMain.class, tmp.resolve("cwd"), tmp.resolve("second.err"),
             home.dir().toString())) {
      assertThat(second.nextLine(WAIT))
          .isEqualTo("REFUSED The Argus home " + home.dir() + " is in use by another Argus process (Derby keeps one "
              + "writer per database). Close the other Argus window or command, or use --home to pick another home.");
      assertThat(second.waitFor(WAIT)).isEqualTo(3);
      ws.projects().create("still mine", null, null);
      assertThat(ws.projects().list()).hasSize(1);
    }
  }

  @Test
  void derbyLogOfAnArgusProcessGoesUnderItsHomeNotItsWorkingDirectory() throws Exception {
    Path home = tmp.resolve("home");
    Path cwd = tmp.resolve("cwd");
    try (JavaProcess holder = JavaProcess.start(HoldHomeMain.class, cwd, tmp.resolve("holder.err"), home.toString())) {
      assertThat(holder.nextLine(WAIT)).isEqualTo("OPEN");
      holder.closeStdin();
      assertThat(holder.waitFor(WAIT)).isZero();
    }
    assertThat(home.resolve("logs/derby.log")).isNotEmptyFile();
    assertThat(cwd.resolve("derby.log")).doesNotExist();
  }
}
