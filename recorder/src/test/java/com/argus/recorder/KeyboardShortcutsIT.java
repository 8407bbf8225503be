package com.argus.recorder;

import static com.argus.recorder.RecorderITSupport.awaitSteps;
import static com.argus.recorder.RecorderITSupport.describe;
import static com.argus.recorder.RecorderITSupport.replayGreen;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyboard shortcuts a page reacts to are press steps in Playwright's key syntax; what a person
 * types (letters, Shift for capitals, Enter for a new line in a text area) is the field's fill.
 */
class KeyboardShortcutsIT {
  @RegisterExtension
  static final FixtureServer server = FixtureServer.serving();

  @Test
  void shortcutsWithModifiersAreRecordedAsPressesAndReplay(@TempDir Path dir) throws Exception {
    RecordingSession s = RecordingSession.start(RecordingOptions.forUrl(server.url("/shortcuts.html"))
        .withHeadless(true).withSpecName("review shortcuts"));
    s.inPage("main", p -> {
      p.click("#comment");
      p.keyboard().type("First draft");
      p.keyboard().press("Control+A");
      p.keyboard().type("Looks good\nShip it");
      p.keyboard().press("Control+Enter");
      p.waitForSelector("text=comment posted");
      p.keyboard().press("Control+K");
      p.keyboard().type("invoices");
      p.keyboard().press("Enter");
      p.keyboard().press("Escape");
      p.keyboard().press("Alt+N");
      p.keyboard().press("Control+Space");
      p.keyboard().press("Meta+S");
      p.click("#title");
      p.keyboard().press("Shift+Tab");
      p.keyboard().type("Ann");
      return null;
    });
    s.armAssert(AssertionKind.TEXT);
    s.inPage("main", p -> {
      p.click("#comments li");
      return null;
    });
    s.armAssert(AssertionKind.TEXT);
    s.inPage("main", p -> {
      p.click("#status");
      return null;
    });
    awaitSteps(s, st -> st.stream().filter(x -> x.action() == Action.ASSERT).count() == 2);
    Path file = dir.resolve("shortcuts.spec.yaml");
    s.stop();
    TestSpec spec = RecordToFile.saveWhenEnded(s, file);
    List<Step> steps = spec.steps();

    assertThat(steps).as(describe(steps)).extracting(Step::action).containsExactly(Action.NAVIGATE,
        Action.FILL, Action.PRESS, Action.FILL, Action.PRESS, Action.PRESS, Action.FILL, Action.PRESS, Action.PRESS,
        Action.PRESS, Action.PRESS, Action.PRESS, Action.CLICK, Action.PRESS, Action.FILL, Action.ASSERT, Action.ASSERT);
    assertThat(steps).extracting(Step::value).containsExactly("/shortcuts.html",
        "First draft", "Control+A", "Looks good\nShip it", "Control+Enter", "Control+K", "invoices", "Enter",
        "Escape", "Alt+N", "Control+Space", "Meta+S", null, "Shift+Tab", "Ann", null, null);
    assertThat(steps.get(2).target().fingerprint().id()).isEqualTo("comment");
    // Page-wide shortcuts pressed with nothing focused act on the page, not on an element.
    assertThat(steps.get(9).target()).isNull();
    assertThat(steps.get(10).target()).isNull();
    assertThat(steps.get(11).target()).isNull();
    assertThat(steps.get(13).target().fingerprint().id()).isEqualTo("title");
    assertThat(steps.get(14).target().fingerprint().id()).isEqualTo("author");
    assertThat(steps.get(15).assertion().expected()).isEqualTo("Looks good / Ship it");
    assertThat(steps.get(16).assertion().expected()).isEqualTo("draft saved");
    assertThat(SpecFormat.read(file)).isEqualTo(spec);

    replayGreen(dir, spec, file, RecordingSession.baseUrlOf(server.url("/")), Map.of());
  }
}
