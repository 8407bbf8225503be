package com.argus.recorder;

import static com.argus.recorder.RecorderITSupport.awaitSteps;
import static com.argus.recorder.RecorderITSupport.describe;
import static com.argus.recorder.RecorderITSupport.replayGreen;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.SelectOptions;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.KeyboardModifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A {@code <select multiple>} is one select step holding every chosen option, and replays to the same choice. */
class MultiSelectIT {
  @RegisterExtension
  static final FixtureServer server = FixtureServer.serving();

  @Test
  void ctrlClickedOptionsAndSelectOptionAreOneStepEachAndReplay(@TempDir Path dir) throws Exception {
    RecordingSession s = RecordingSession.start(RecordingOptions.forUrl(server.url("/preferences.html"))
        .withHeadless(true).withSpecName("preferences"));
    Page.ClickOptions ctrl = new Page.ClickOptions().setModifiers(List.of(KeyboardModifier.CONTROL));
    s.inPage("main", p -> {
      // A person: click the first language, Ctrl+click two more.
      p.click("#languages option[value=en]");
      p.click("#languages option[value=pt-BR]", ctrl);
      p.click("#languages option[value=de]", ctrl);
      // A script (or the keyboard): the whole choice at once, replacing the preselected one.
      p.selectOption("#topics", new String[] {"security", "events"});
      p.click("text=Save preferences");
      p.waitForSelector("text=Saved: en+de+pt-BR / security+events");
      return null;
    });
    s.armAssert(AssertionKind.TEXT);
    s.inPage("main", p -> {
      p.click("#saved");
      return null;
    });
    awaitSteps(s, st -> st.stream().anyMatch(x -> x.action() == Action.ASSERT));
    s.stop();
    Path file = dir.resolve("preferences.spec.yaml");
    TestSpec spec = RecordToFile.saveWhenEnded(s, file);
    List<Step> steps = spec.steps();

    assertThat(steps).as(describe(steps)).extracting(Step::action)
        .containsExactly(Action.NAVIGATE, Action.SELECT, Action.SELECT, Action.CLICK, Action.ASSERT);
    Step languages = steps.get(1);
    assertThat(languages.target().primary()).isEqualTo(Locator.role("listbox", "Languages"));
    // Labels as shown, in the list's order; a label's comma does not split it.
    assertThat(SelectOptions.split(languages.value())).containsExactly("English", "German", "Portuguese, Brazil");
    assertThat(SelectOptions.split(steps.get(2).value())).containsExactly("Security advisories", "Events");
    assertThat(steps.get(4).assertion().expected()).isEqualTo("Saved: en+de+pt-BR / security+events");
    assertThat(Files.readString(file)).contains("Portuguese, Brazil");
    assertThat(SpecFormat.read(file)).isEqualTo(spec);

    replayGreen(dir, spec, file, RecordingSession.baseUrlOf(server.url("/")), Map.of());
  }
}
