package com.argus.recorder;

import static com.argus.recorder.RecorderITSupport.awaitSteps;
import static com.argus.recorder.RecorderITSupport.describe;
import static com.argus.recorder.RecorderITSupport.replayGreen;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frames on a checkout page: the shop's own (same origin), a partner's on another origin, and a
 * partner's sandboxed without scripts. Each is recorded inside, or says why it cannot be.
 */
class FrameGapsIT {
  static FixtureServer shop;
  static FixtureServer partner;

  @BeforeAll
  static void serve() throws Exception {
    shop = new FixtureServer();
    // Another port: another origin. The recording browser resolves no host but 127.0.0.1.
    partner = new FixtureServer();
  }

  @AfterAll
  static void stopServing() {
    shop.close();
    partner.close();
  }

  @Test
  void crossOriginFrameIsRecordedInsideAndReplays(@TempDir Path dir) throws Exception {
    TestSpec spec = record(dir, p -> {
      var vouchers = p.frameLocator("iframe[name=vouchers]");
      vouchers.locator("#voucher").click();
      p.keyboard().type("SPRING24");
      vouchers.locator("text=Apply voucher").click();
      vouchers.locator("text=Voucher applied").waitFor();
    }, st -> st.stream().anyMatch(x -> x.action() == Action.CLICK));

    List<Step> steps = spec.steps();
    assertThat(steps).as(describe(steps)).extracting(Step::action)
        .containsExactly(Action.NAVIGATE, Action.FILL, Action.CLICK);
    FrameRef vouchers = steps.get(1).frames().get(0);
    assertThat(vouchers.name()).isEqualTo("vouchers");
    assertThat(steps.get(1).value()).isEqualTo("SPRING24");
    assertThat(steps.get(2).frames()).containsExactly(vouchers);
    assertThat(steps.get(2).target().primary()).isEqualTo(Locator.role("button", "Apply voucher"));
    assertThat(steps).noneMatch(x -> x.action() == Action.WARNING);
    replayGreen(dir, spec, dir.resolve("frames.spec.yaml"), RecordingSession.baseUrlOf(shop.url("/")), Map.of());
  }

  @Test
  void frameTheRecorderCannotRunInBecomesAWarningStep(@TempDir Path dir) throws Exception {
    TestSpec spec = record(dir, p -> {
      // Playwright cannot look inside a frame without scripts either: a person's mouse and keys.
      var box = p.locator("iframe[name=newsletter]").boundingBox();
      p.mouse().click(box.x + 100, box.y + 22);
      p.keyboard().type("mia@example.com");
      p.mouse().click(box.x + 100, box.y + 64);
      p.click("h1");
      // Back into the frame with a step recorded in between: said again, where it happened.
      p.mouse().click(box.x + 100, box.y + 22);
    }, st -> st.stream().filter(x -> x.action() == Action.WARNING).count() == 2);

    List<Step> steps = spec.steps();
    assertThat(steps).as(describe(steps)).extracting(Step::action)
        .containsExactly(Action.NAVIGATE, Action.WARNING, Action.CLICK, Action.WARNING);
    Step warning = steps.get(1);
    assertThat(warning.value()).startsWith("cannot record inside cross-origin frame " + partner.url("/newsletter.html")
        + ": ").contains("add those steps by hand");
    assertThat(warning.target().fingerprint().tag()).isEqualTo("iframe");
    assertThat(warning.frames()).isEmpty();
    // Nothing typed inside the frame leaked into the recording as if it happened outside it.
    assertThat(steps).noneMatch(x -> "mia@example.com".equals(x.value()));
  }

  @Test
  void assertModePicksInsideASameOriginFrameAndReplays(@TempDir Path dir) throws Exception {
    TestSpec spec = record(dir, p -> {
      p.keyboard().press("Control+Shift+A");
      p.locator("#__argus_toolbar").locator("button[data-kind=text]").click();
      p.frameLocator("iframe[name=address]").locator("#zone").click();
      p.locator("#__argus_toolbar").locator("button[data-kind=value]").click();
      p.frameLocator("iframe[name=address]").locator("#street").click();
    }, st -> st.stream().filter(x -> x.action() == Action.ASSERT).count() == 2);

    List<Step> steps = spec.steps();
    assertThat(steps).as(describe(steps)).extracting(Step::action)
        .containsExactly(Action.NAVIGATE, Action.ASSERT, Action.ASSERT);
    Step zone = steps.get(1);
    assertThat(zone.assertion().kind()).isEqualTo(AssertionKind.TEXT);
    assertThat(zone.assertion().expected()).isEqualTo("Delivery zone: Berlin");
    assertThat(zone.frames()).containsExactly(new FrameRef("address", "Delivery address", "address.html", null));
    Step street = steps.get(2);
    assertThat(street.assertion().kind()).isEqualTo(AssertionKind.VALUE);
    assertThat(street.assertion().expected()).isEqualTo("Hauptstr. 1");
    assertThat(street.frames()).containsExactly(zone.frames().get(0));
    assertThat(street.target().primary()).isEqualTo(Locator.role("textbox", "Street"));
    replayGreen(dir, spec, dir.resolve("frames.spec.yaml"), RecordingSession.baseUrlOf(shop.url("/")), Map.of());
  }

  private static TestSpec record(Path dir, Consumer<Page> flow, Predicate<List<Step>> recorded) throws Exception {
    RecordingSession s = RecordingSession.start(RecordingOptions.forUrl(shop.url("/frames.html?partner=" + partner.url("/")))
        .withHeadless(true).withSpecName("checkout frames"));
    try {
      s.inPage("main", p -> {
        p.waitForLoadState();
        flow.accept(p);
        return null;
      });
      awaitSteps(s, recorded);
    } finally {
      s.stop();
    }
    return RecordToFile.saveWhenEnded(s, dir.resolve("frames.spec.yaml"));
  }
}
