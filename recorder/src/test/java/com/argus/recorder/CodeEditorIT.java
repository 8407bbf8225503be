package com.argus.recorder;

import static com.argus.recorder.RecorderITSupport.awaitSteps;
import static com.argus.recorder.RecorderITSupport.describe;
import static com.argus.recorder.RecorderITSupport.replayGreen;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typing into a code editor that takes keys in a hidden textarea (CodeMirror 5 / Monaco style)
 * and into a contenteditable: recorded as what was typed, replayed to the same rendered text.
 */
class CodeEditorIT {
  private static final String CODE_KEYS = "function add(a, b) {\nreturn a + b;\n}";
  private static final String CODE_SHOWN = "function add(a, b) {\n  return a + b;\n  }";
  @RegisterExtension
  static final FixtureServer server = FixtureServer.serving();

  @Test
  void typingIntoHiddenTextareaEditorAndContenteditableReplaysToTheSameText(@TempDir Path dir) throws Exception {
    RecordingSession s = RecordingSession.start(RecordingOptions.forUrl(server.url("/editor.html"))
        .withHeadless(true).withSpecName("snippet"));
    String shown = s.inPage("main", p -> {
      p.click("#code .ce-line");
      // A typo put right on the way: the recording holds what the editor ended up with.
      p.keyboard().type("function add(a, b) {\nretx");
      p.keyboard().press("Backspace");
      p.keyboard().type("urn a + b;\n}");
      p.click("#notes");
      p.keyboard().type("Dear team,\nrelease on Monday.");
      p.keyboard().press("Control+S");
      p.waitForSelector("text=saved 3 lines");
      return p.innerText("#code .ce-lines");
    });
    assertThat(shown).isEqualTo(CODE_SHOWN);
    awaitSteps(s, st -> st.stream().anyMatch(x -> x.action() == Action.PRESS));
    s.stop();
    Path file = dir.resolve("snippet.spec.yaml");
    TestSpec spec = RecordToFile.saveWhenEnded(s, file);
    List<Step> steps = spec.steps();

    assertThat(steps).as(describe(steps)).extracting(Step::action)
        .containsExactly(Action.NAVIGATE, Action.CLICK, Action.TYPE, Action.TYPE, Action.PRESS);
    Step code = steps.get(2);
    assertThat(code.value()).isEqualTo(CODE_KEYS);
    // The editor's own focusable element, which replay types into; the textarea's empty value is
    // never a fill.
    assertThat(code.target().fingerprint().tag()).isEqualTo("textarea");
    assertThat(code.target().candidates()).contains(Locator.of(LocatorStrategy.LABEL, "Code"));
    assertThat(steps).noneMatch(x -> x.action() == Action.FILL);
    Step notes = steps.get(3);
    assertThat(notes.value()).isEqualTo("Dear team,\nrelease on Monday.");
    assertThat(notes.target().fingerprint().id()).isEqualTo("notes");
    assertThat(steps.get(4).value()).isEqualTo("Control+S");
    assertThat(SpecFormat.read(file)).isEqualTo(spec);

    // What the person saw, checked after replay: the editor's rendered lines and the notes.
    List<Step> checked = new ArrayList<>(steps);
    checked.add(assertText("c1", "#code .ce-lines", CODE_SHOWN));
    checked.add(assertText("c2", "#notes", "Dear team,\nrelease on Monday."));
    checked.add(assertText("c3", "#status", "saved 3 lines"));
    TestSpec withChecks = new TestSpec(spec.schemaVersion(), spec.name(), spec.description(), spec.tags(),
        spec.baseUrl(), spec.device(), spec.viewport(), spec.variables(), spec.data(), checked);
    replayGreen(dir, withChecks, file, RecordingSession.baseUrlOf(server.url("/")), Map.of());
  }

  private static Step assertText(String id, String css, String expected) {
    return new Step(id, null, Action.ASSERT, Target.of(Locator.of(LocatorStrategy.CSS, css)), null, null, null,
        Assertion.of(AssertionKind.TEXT, expected), null, null, null, null);
  }
}
