package com.argus.app.cli;

import static com.argus.app.cli.SpecCommandTest.argus;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.cli.SpecCommandTest.Result;
import com.argus.demo.DemoServer;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunStatus;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argus run} on the demo shop with a real Chromium and a real Derby store. */
class RunCommandIT {
  static DemoServer demo;
  @TempDir Path dir;

  static final String SIGN_IN = """
      schemaVersion: 2
      name: Sign in
      baseUrl: http://127.0.0.1:1/
      variables:
        - name: password
          secret: true
      steps:
        - id: open
          action: navigate
          value: /login.html
        - id: user
          action: fill
          target:
            candidates:
              - strategy: testid
                value: login-username
          value: demo
        - id: pass
          action: fill
          target:
            candidates:
              - strategy: label
                value: Password
          value: "${password}"
        - id: submit
          action: click
          target:
            candidates:
              - strategy: testid
                value: login-submit
        - id: landed
          action: assert
          assertion:
            kind: url
            expected: /products.html
            match: contains
      """;

  static final String BROKEN = """
      schemaVersion: 2
      name: Broken on purpose
      baseUrl: http://127.0.0.1:1/
      steps:
        - id: open
          action: navigate
          value: /login.html
        - id: gone
          action: click
          target:
            candidates:
              - strategy: css
                value: "#no-such-button"
          options:
            timeoutMs: 1500
      """;

  @BeforeAll
  static void startDemo() {
    demo = DemoServer.start("v1", 0);
  }

  @AfterAll
  static void stopDemo() {
    demo.close();
  }

  @Test
  void passingAndFailingSpecsGiveExitOneReportsAndStoredResultsWithSecretsMasked() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Files.writeString(specs.resolve("sign-in.spec.yaml"), SIGN_IN);
    Files.writeString(specs.resolve("broken.spec.yaml"), BROKEN);
    Path home = dir.resolve("home");
    Files.createDirectories(home);
    Files.writeString(home.resolve("secrets.properties"), "password=demo123\n");

    Result r = argus("--home", home.toString(), "run", specs.toString(), "--base-url", demo.baseUri().toString(),
        "--junit", dir.resolve("junit.xml").toString(), "--report", dir.resolve("report").toString());

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("PASS  Sign in").contains("FAIL  Broken on purpose")
        .contains("#no-such-button").contains("1 passed, 1 failed");
    assertThat(dir.resolve("junit.xml")).exists();
    assertThat(dir.resolve("report/index.html")).exists();
    for (Path p : List.of(dir.resolve("junit.xml"), dir.resolve("report/results.json"), dir.resolve("report/index.html"))) {
      assertThat(Files.readString(p)).as(p.toString()).doesNotContain("demo123");
    }
    try (Stream<Path> logs = Files.walk(home.resolve("logs")).filter(Files::isRegularFile)) {
      for (Path log : logs.toList()) {
        assertThat(Files.readString(log)).doesNotContain("demo123");
      }
    } catch (java.nio.file.NoSuchFileException noLogsYet) {
      // nothing logged, nothing leaked
    }

    try (Workspace ws = Workspace.open(ArgusHome.at(home))) {
      List<RunRecord> runs = ws.runs().latestRuns(10);
      assertThat(runs).extracting(RunRecord::status).containsExactlyInAnyOrder(RunStatus.PASSED, RunStatus.FAILED);
      RunRecord failed = runs.stream().filter(x -> x.status() == RunStatus.FAILED).findFirst().orElseThrow();
      assertThat(ws.runs().artifacts(failed.id())).extracting(a -> a.kind()).contains("screenshot", "dom");
    }
  }

  @Test
  void aProjectRunsItsOwnSpecsFolder() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Files.writeString(specs.resolve("broken.spec.yaml"), BROKEN);
    Path home = dir.resolve("home");
    argus("--home", home.toString(), "project", "create", "shop", "--base-url", demo.baseUri().toString(), "--specs", specs.toString());
    Result r = argus("--home", home.toString(), "run", "--project", "shop");
    assertThat(r.exit()).isEqualTo(1);
    try (Workspace ws = Workspace.open(ArgusHome.at(home))) {
      long projectId = ws.projects().findByName("shop").orElseThrow().id();
      assertThat(ws.runs().runsOfSpec(projectId, "broken.spec.yaml", 5)).hasSize(1);
    }
  }

  @Test
  void aFolderWithAnUnreadableSpecRunsTheOthersReportsItAsAnErrorAndExitsOne() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Files.writeString(specs.resolve("home.spec.yaml"), """
        schemaVersion: 2
        name: Home opens
        steps:
          - id: open
            action: navigate
            value: /products.html
          - id: landed
            action: assert
            assertion:
              kind: url
              expected: /products.html
              match: contains
        """);
    Files.writeString(specs.resolve("broken.spec.yaml"), "schemaVersion: 2\nname: Broken\nstepz: []\n");
    Path home = dir.resolve("home");

    Result r = argus("--home", home.toString(), "run", specs.toString(), "--base-url", demo.baseUri().toString(),
        "--junit", dir.resolve("junit.xml").toString(), "--report", dir.resolve("report").toString());

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("PASS  Home opens").contains("ERROR").contains("broken.spec.yaml:3:")
        .contains("1 passed, 1 failed");
    assertThat(Files.readString(dir.resolve("junit.xml"))).contains("<error").contains("broken.spec.yaml:3:");
    assertThat(Files.readString(dir.resolve("report/index.html"))).contains("broken.spec.yaml");
    try (Workspace ws = Workspace.open(ArgusHome.at(home))) {
      RunRecord ran = ws.runs().latestRuns(10).stream().filter(run -> run.specName().equals("Home opens")).findFirst().orElseThrow();
      assertThat(ran.status()).isEqualTo(RunStatus.PASSED);
      assertThat(ws.runs().artifacts(ran.id())).extracting(a -> a.kind()).contains("report");
    }
  }

  @Test
  void specsWithValuesTheEngineCannotActOnAreErrorsAndTheOthersRun() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Files.writeString(specs.resolve("home.spec.yaml"),
        "schemaVersion: 2\nname: Home opens\nsteps:\n  - id: open\n    action: navigate\n    value: /products.html\n");
    Files.writeString(specs.resolve("wait.spec.yaml"),
        "schemaVersion: 2\nname: Long wait\nsteps:\n  - id: w\n    action: wait\n    value: \"99999999999999999999\"\n");
    Files.writeString(specs.resolve("frame.spec.yaml"), "schemaVersion: 2\nname: Empty frame\nsteps:\n  - id: c\n"
        + "    action: click\n    frames: [{}]\n    target:\n      candidates:\n        - strategy: css\n          value: a\n");
    Files.writeString(specs.resolve("upload.spec.yaml"), "schemaVersion: 2\nname: NUL upload\nsteps:\n  - id: u\n"
        + "    action: upload\n    value: \"a\\0b.txt\"\n    target:\n      candidates:\n        - strategy: css\n          value: input\n");
    Path home = dir.resolve("home");

    Result r = argus("--home", home.toString(), "run", specs.toString(), "--base-url", demo.baseUri().toString(),
        "--junit", dir.resolve("junit.xml").toString());

    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("PASS  Home opens").contains("wait.spec.yaml:6:").contains("frame.spec.yaml:6:")
        .contains("upload.spec.yaml:6:").contains("1 passed, 3 failed").doesNotContain("\tat ");
    assertThat(Files.readString(dir.resolve("junit.xml"))).contains("frame.spec.yaml:6:");
  }

  @Test
  void configurationProblemsExitTwoBeforeAnythingRuns() {
    Path home = dir.resolve("home");
    assertThat(argus("--home", home.toString(), "run", dir.resolve("missing").toString()).exit()).isEqualTo(2);
    Result badBackend = argus("--home", home.toString(), "run", ".", "--backend", "cypress");
    assertThat(badBackend.exit()).isEqualTo(2);
    assertThat(badBackend.err()).contains("--backend 'cypress' is unknown");
    assertThat(argus("--home", home.toString(), "run", "--project", "nope").err()).contains("no project named 'nope'");
  }
}
