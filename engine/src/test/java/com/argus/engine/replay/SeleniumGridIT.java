package com.argus.engine.replay;

import com.argus.engine.spec.SpecSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.demo.DemoServer;
import com.argus.engine.ConfigurationException;
import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.replay.support.Runs;
import com.argus.engine.run.StepStatus;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Selenium Grid 4.48 standalone, in process on 127.0.0.1 with two Chromium slots. */
class SeleniumGridIT {
  static URI grid;

  @TempDir
  Path artifacts;

  @BeforeAll
  static void startGrid() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    org.openqa.selenium.grid.Main.main(new String[] {"standalone", "--host", "127.0.0.1", "--port", String.valueOf(port),
        "--selenium-manager", "false", "--detect-drivers", "false", "--driver-configuration", "display-name=chromium",
        "max-sessions=2",
        "stereotype={\"browserName\":\"chrome\",\"goog:chromeOptions\":{\"binary\":\"/usr/bin/chromium\"}}",
        "webdriver-executable=/usr/bin/chromedriver", "--max-sessions", "2", "--override-max-sessions", "true"});
    grid = URI.create("http://127.0.0.1:" + port + "/");
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      try {
        String body = http.send(HttpRequest.newBuilder(grid.resolve("status")).build(), HttpResponse.BodyHandlers.ofString()).body();
        if (body.replace(" ", "").contains("\"ready\":true")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the grid did not become ready");
  }

  @Test
  void runsAFolderWithTwoWorkersThroughTheGridLikeLocally() {
    List<SpecSource> specs = SpecLoader.load(List.of(Path.of("src/test/resources/replay/suite")));
    AtomicInteger parallel = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    RunListener concurrency = new RunListener() {
      @Override
      public void testStarted(TestInfo test) {
        most.accumulateAndGet(parallel.incrementAndGet(), Math::max);
      }

      @Override
      public void testFinished(TestResult result) {
        parallel.decrementAndGet();
      }
    };

    SuiteResult viaGrid = Runs.run(Runs.options(artifacts.resolve("grid"), Backend.SELENIUM, null).grid(grid).workers(2).build(),
        new RecordingRunRepository(), concurrency, specs.toArray(SpecSource[]::new));
    SuiteResult local = Runs.run(Runs.options(artifacts.resolve("local"), Backend.SELENIUM, null).build(),
        new RecordingRunRepository(), RunListener.NONE, specs.toArray(SpecSource[]::new));

    assertThat(viaGrid.allPassed()).as(String.valueOf(viaGrid.tests().stream().map(TestResult::error).toList())).isTrue();
    assertThat(viaGrid.tests()).extracting(TestResult::backend).containsOnly("selenium-grid");
    assertThat(most.get()).isEqualTo(2);
    assertThat(statuses(viaGrid)).isEqualTo(statuses(local));
  }

  // Desktop is compared with a local run step by step; mobile (touch emulation through the grid)
  // must pass as it does locally in DemoExamplesIT. One local run keeps the suite's browser time down.
  @Test
  void runsTheDemoExamplesWithTwoWorkersThroughTheGridOnDesktopAndMobileLikeLocally() {
    List<SpecSource> specs = SpecLoader.load(List.of(Path.of("../examples/demo")));
    try (DemoServer demo = DemoServer.start("v1", 0)) {
      SuiteResult desktop = Runs.run(Runs.options(artifacts.resolve("desktop"), Backend.SELENIUM, "desktop")
              .baseUrl(demo.baseUri().toString()).grid(grid).workers(2).build(),
          new RecordingRunRepository(), RunListener.NONE, specs.toArray(SpecSource[]::new));
      SuiteResult mobile = Runs.run(Runs.options(artifacts.resolve("mobile"), Backend.SELENIUM, "mobile")
              .baseUrl(demo.baseUri().toString()).grid(grid).workers(2).build(),
          new RecordingRunRepository(), RunListener.NONE, specs.toArray(SpecSource[]::new));
      SuiteResult local = Runs.run(Runs.options(artifacts.resolve("local"), Backend.SELENIUM, "desktop")
              .baseUrl(demo.baseUri().toString()).workers(2).build(),
          new RecordingRunRepository(), RunListener.NONE, specs.toArray(SpecSource[]::new));

      for (SuiteResult viaGrid : List.of(desktop, mobile)) {
        assertThat(viaGrid.allPassed()).as(String.valueOf(viaGrid.tests().stream().map(TestResult::error).toList())).isTrue();
        assertThat(viaGrid.tests()).hasSize(local.tests().size()).extracting(TestResult::backend).containsOnly("selenium-grid");
        assertThat(viaGrid.tests()).extracting(TestResult::name).isEqualTo(local.tests().stream().map(TestResult::name).toList());
      }
      assertThat(local.allPassed()).isTrue();
      assertThat(statuses(desktop)).isEqualTo(statuses(local));
      assertThat(mobile.tests()).extracting(TestResult::device).containsOnly("mobile");
    }
  }

  @Test
  void refusesAnUnreachableGridAsAConfigurationError() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    RunOptions options = Runs.options(artifacts, Backend.SELENIUM, null).grid(URI.create("http://127.0.0.1:" + closed + "/"))
        .stepTimeout(Duration.ofSeconds(1)).build();
    assertThatThrownBy(() -> Runs.run(options, new RecordingRunRepository(), RunListener.NONE, Runs.spec("short.spec.yaml")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("The Selenium Grid at http://127.0.0.1:" + closed + "/ is not reachable");
  }

  private static List<List<StepStatus>> statuses(SuiteResult suite) {
    return suite.tests().stream().map(t -> t.steps().stream().map(StepResult::status).toList()).toList();
  }
}
