package com.argus.app.cli;

import static com.argus.app.cli.SpecCommandTest.argus;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.cli.SpecCommandTest.Result;
import com.argus.demo.DemoServer;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argus import} then {@code argus run} on the demo shop: imported recordings replay green. */
class ImportCommandIT {
  static final Path RECORDING = Path.of("src/test/resources/import/demo-login.recording.json");
  static final String PASSWORD = "demo123";
  @TempDir Path dir;

  /** The password the imported specs now ask for, where a user would keep it. */
  @org.junit.jupiter.api.BeforeEach
  void secrets() throws Exception {
    Files.createDirectories(dir.resolve("home"));
    Files.writeString(dir.resolve("home/secrets.properties"), "password=" + PASSWORD + "\n");
  }

  @Test
  void chromeRecordingImportsWithUnsupportedStepsNamedAndReplaysOnAnotherOrigin() throws Exception {
    Result imported = argus("import", RECORDING.toString(), "--out", dir.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.err()).contains("#9").contains("customStep");
    Path spec = dir.resolve("demo-shop-sign-in-and-search.spec.yaml");
    TestSpec read = SpecFormat.read(spec);
    assertThat(read.steps().get(0).value()).doesNotStartWith("http");
    // The recording carries the password in clear; the spec must not.
    assertThat(Files.readString(RECORDING)).contains(PASSWORD);
    assertThat(Files.readString(spec)).doesNotContain(PASSWORD).contains("${password}");
    assertThat(read.secretVariables()).extracting(v -> v.name()).containsExactly("password");
    assertThat(imported.err()).contains("secret variable ${password}").doesNotContain(PASSWORD);

    try (DemoServer demo = DemoServer.start("v1", 0)) {
      Result run = argus("--home", dir.resolve("home").toString(), "run", spec.toString(), "--base-url", demo.baseUri().toString());
      assertThat(run.exit()).as(run.out() + run.err()).isZero();
      assertThat(run.out()).contains("1 passed, 0 failed");
    }
  }

  @Test
  void seleniumIdeProjectImportsAndReplaysOnTheDemoShop() throws Exception {
    Result imported = argus("import", "src/test/resources/import/demo-shop.side", "--out", dir.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.err()).contains("runScript");
    Path spec = dir.resolve("sign-in-and-search-lamps.spec.yaml");
    assertThat(Files.readString(spec)).doesNotContain(PASSWORD).contains("${password}");
    try (DemoServer demo = DemoServer.start("v1", 0)) {
      Result run = argus("--home", dir.resolve("home").toString(), "run", spec.toString(), "--base-url", demo.baseUri().toString());
      assertThat(run.exit()).as(run.out() + run.err()).isZero();
    }
  }

  @Test
  void runAcceptsAChromeRecordingDirectly() {
    try (DemoServer demo = DemoServer.start("v1", 0)) {
      Result run = argus("--home", dir.resolve("home").toString(), "run", RECORDING.toString(), "--base-url", demo.baseUri().toString());
      assertThat(run.exit()).as(run.out() + run.err()).isZero();
    }
  }

  @Test
  void malformedRecordingNamesFileAndLine() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"title\": \"x\",\n  \"steps\": [\n    { \"type\": \"navigate\" }\n    { }\n  ]\n}\n");
    Result r = argus("import", bad.toString(), "--out", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("bad.json:5").doesNotContain("\tat ");
  }
}
