package com.argus.app.cli;

import static com.argus.app.cli.SpecCommandTest.argus;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.cli.SpecCommandTest.Result;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argus import --out}: existing specs are kept unless --force, and nothing unreadable is written. */
class ImportCommandTest {
  static final String RECORDING = "{\"title\":\"Checkout\",\"steps\":[{\"type\":\"navigate\",\"url\":\"http://127.0.0.1:8080/\"}]}";
  @TempDir Path dir;

  @Test
  void anExistingSpecOfTheSameNameIsKeptAndTheImportTakesTheNextFreeName() throws Exception {
    Path recording = Files.writeString(dir.resolve("checkout.json"), RECORDING);
    Path mine = Files.writeString(dir.resolve("checkout.spec.yaml"), "my own work\n");

    Result r = argus("import", recording.toString(), "--out", dir.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(mine)).isEqualTo("my own work\n");
    assertThat(SpecFormat.read(dir.resolve("checkout-2.spec.yaml")).name()).isEqualTo("Checkout");
    assertThat(r.out()).contains("checkout-2.spec.yaml");
  }

  @Test
  void forceReplacesTheSpecAndKeepsItsFileMode() throws Exception {
    Path recording = Files.writeString(dir.resolve("checkout.json"), RECORDING);
    Path mine = Files.writeString(dir.resolve("checkout.spec.yaml"), "my own work\n");
    Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rw-r--r--"));

    Result r = argus("import", recording.toString(), "--out", dir.toString(), "--force");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(SpecFormat.read(mine).name()).isEqualTo("Checkout");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine))).isEqualTo("rw-r--r--");
    assertThat(dir.resolve("checkout-2.spec.yaml")).doesNotExist();
  }

  @Test
  void aBrokenRecordingIsRefusedWithItsPlaceNamedAndNothingWritten() throws Exception {
    Path recording = Files.writeString(dir.resolve("bad.json"), "{\"title\":\"Bad\",\"steps\":[{\"type\":\"keyDown\"}]}");
    Path out = Files.createDirectories(dir.resolve("out"));

    Result r = argus("import", recording.toString(), "--out", out.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad.json").contains("step #1 `keyDown`").contains("`key` is missing")
        .doesNotContain("\tat ").doesNotContain("NullPointerException");
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aRecordingLongerThanASpecMayBeIsRefusedAndWritesNothing() throws Exception {
    StringBuilder json = new StringBuilder("{\"title\":\"Huge\",\"steps\":[{\"type\":\"navigate\",\"url\":\"http://127.0.0.1:8080/\"}");
    for (int i = 0; i < 50_000; i++) {
      json.append(",{\"type\":\"click\",\"selectors\":[[\"#button-").append(i).append("\"]]}");
    }
    Path recording = Files.writeString(dir.resolve("huge.json"), json.append("]}"));
    Path out = Files.createDirectories(dir.resolve("out"));

    Result r = argus("import", recording.toString(), "--out", out.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("huge.json").contains("'Huge'").contains("50001 steps")
        .contains("at most " + SpecFormat.MAX_STEPS).contains("Split it").doesNotContain("\tat ");
    try (var files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }
}
