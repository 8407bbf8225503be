package com.argus.recorder;

import static com.argus.recorder.RecorderITSupport.awaitAction;
import static com.argus.recorder.RecorderITSupport.last;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.replay.support.ProcessTrees;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Step;
import com.argus.recorder.capture.BrowserLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording inside a Chromium the person already runs, attached over CDP. */
class CdpRecordingIT {
  static FixtureServer server;
  static Process chromium;
  static String endpoint;

  @BeforeAll
  static void startChromium(@TempDir Path profile) throws Exception {
    server = new FixtureServer();
    List<String> cmd = new ArrayList<>(List.of(BrowserLauncher.findBrowser(null).toString(), "--headless=new",
        "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", "--user-data-dir=" + profile));
    cmd.addAll(BrowserLauncher.argsFor("http://127.0.0.1/"));
    cmd.add("about:blank");
    chromium = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!(Files.exists(portFile) && Files.size(portFile) > 0) && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    endpoint = "http://127.0.0.1:" + Files.readAllLines(portFile).get(0).trim();
  }

  @AfterAll
  static void stopChromium() throws Exception {
    // Before the profile directory is deleted.
    ProcessTrees.stopAndAwait(chromium, Duration.ofSeconds(20));
    server.close();
  }

  @Test
  void recordsInAnAttachedBrowserTheSameWayAndLeavesItRunning() {
    for (int round = 0; round < 2; round++) {
      // Twice: a second recording in the same browser must not trip over the first one's script.
      RecordingSession s = RecordingSession.start(RecordingOptions.forUrl(server.url("/form.html")).withCdpEndpoint(endpoint));
      s.inPage("main", p -> {
        p.fill("#user", "carol" + p.url().length());
        p.click("#ember453");
        return null;
      });
      List<Step> steps = awaitAction(s, Action.CLICK);
      assertThat(steps).extracting(Step::action).containsExactly(Action.NAVIGATE, Action.FILL, Action.CLICK);
      assertThat(last(steps, Action.FILL).target().primary()).isEqualTo(Locator.testId("data-testid", "login-username"));
      assertThat(last(steps, Action.CLICK).target().primary()).isEqualTo(Locator.role("button", "Help"));
      s.stop();
      assertThat(chromium.isAlive()).isTrue();
    }
  }
}
