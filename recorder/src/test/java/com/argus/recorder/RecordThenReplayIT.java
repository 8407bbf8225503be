package com.argus.recorder;

import static com.argus.recorder.RecorderITSupport.awaitSteps;
import static com.argus.recorder.RecorderITSupport.describe;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.replay.Backend;
import com.argus.engine.replay.RunOptions;
import com.argus.engine.replay.SpecRunner;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.replay.SuiteResult;
import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A recording written to a file replays green with the engine's runner (what `argus run` does). */
class RecordThenReplayIT {
  @RegisterExtension
  static final FixtureServer server = FixtureServer.serving();

  @Test
  void recordedSpecReplaysGreen(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4");
    RecordingOptions o = RecordingOptions.forUrl(server.url("/widgets.html")).withHeadless(true)
        .withSpecName("widgets tour")
        .withDialogPolicy(DialogPolicy.scripted(new DialogAnswer(true, null, null), new DialogAnswer(true, "Mia", null)));
    RecordingSession s = RecordingSession.start(o);
    s.inContext(ctx -> {
      Page p = ctx.pages().get(0);
      p.click("#editor");
      p.keyboard().type("Hello");
      p.dblclick("#dbl");
      p.click("#confirm-btn");
      p.click("#prompt-btn");
      p.locator("star-rating button[aria-label='4 stars']").click();
      p.dragAndDrop("[data-testid=item-a]", "[data-testid=bin]");
      p.setInputFiles("#file", dir.resolve("report.pdf"));
      var payment = p.frameLocator("iframe[name=payment]");
      payment.locator("#card").fill("4111111111111111");
      payment.locator("#card").press("Tab");
      payment.frameLocator("iframe[title='3-D Secure']").locator("text=Confirm code").click();
      p.hover("#products-menu");
      p.click("[data-testid=menu-shoes]");
      p.waitForURL("**/done.html**");
      return null;
    });
    awaitSteps(s, st -> st.stream().anyMatch(x -> x.action() == Action.HOVER));
    s.inContext(ctx -> {
      ctx.pages().get(0).waitForTimeout(300);
      return null;
    });
    Path file = dir.resolve("widgets.spec.yaml");
    s.stop();
    TestSpec spec = RecordToFile.saveWhenEnded(s, file);
    TestSpec read = SpecFormat.read(file);
    assertThat(read).isEqualTo(spec);

    RunOptions options = RunOptions.builder(dir.resolve("artifacts")).backend(Backend.PLAYWRIGHT)
        .baseUrl(RecordingSession.baseUrlOf(server.url("/"))).screenshots(false)
        .stepTimeout(Duration.ofSeconds(5)).argusHome(dir).build();
    SuiteResult result = new SpecRunner(options, new RecordingRunRepository(), name -> Optional.empty(), null)
        .run(List.of(SpecSource.of(read, file)));
    String report = result.tests().get(0).steps().stream()
        .map(r -> r.stepId() + " " + r.title() + " " + r.status() + (r.error() == null ? "" : " " + r.error()))
        .collect(Collectors.joining("\n"));
    assertThat(result.allPassed()).as(describe(read.steps()) + "\n---\n" + report + "\n" + result.tests().get(0).error()).isTrue();
  }
}
