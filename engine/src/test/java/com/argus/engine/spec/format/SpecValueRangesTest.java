package com.argus.engine.spec.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.spec.TestSpec;
import org.junit.jupiter.api.Test;

/**
 * Values the engine acts on are refused when the spec is read, with their line, instead of
 * failing the run when the step is reached.
 */
class SpecValueRangesTest {
  private static final String HEAD = "schemaVersion: 2\nname: Ranges\n";

  private static String step(String body) {
    return HEAD + "steps:\n  - id: s\n" + body.indent(4);
  }

  @Test
  void aWaitBeyondAnHourOrALongIsRefused() {
    assertThatThrownBy(() -> SpecFormat.parse(step("action: wait\nvalue: \"99999999999999999999\""), "w.spec.yaml"))
        .isInstanceOf(SpecFormatException.class)
        .hasMessageContaining("w.spec.yaml:6:").hasMessageContaining("at most " + SpecValidator.MAX_WAIT_MS);
    assertThatThrownBy(() -> SpecFormat.parse(step("action: wait\nvalue: 99999999999999999999"), "w.spec.yaml"))
        .isInstanceOf(SpecFormatException.class).hasMessageContaining("w.spec.yaml:6:");
    assertThatThrownBy(() -> SpecFormat.parse(step("action: wait\nvalue: \"3600001\""), "w.spec.yaml"))
        .hasMessageContaining("waits 3600001 ms");
    TestSpec ok = SpecFormat.parse(step("action: wait\nvalue: \"3600000\""), "w.spec.yaml");
    assertThat(ok.steps().get(0).value()).isEqualTo("3600000");
  }

  @Test
  void aTimeoutBeyondAnHourOrOutOfRangeIsRefused() {
    assertThatThrownBy(() -> SpecFormat.parse(step("action: wait\nvalue: \"10\"\noptions:\n  timeoutMs: 7200000"), "t.spec.yaml"))
        .isInstanceOf(SpecFormatException.class).hasMessageContaining("t.spec.yaml:8:").hasMessageContaining("at most");
    assertThatThrownBy(() -> SpecFormat.parse(step("action: wait\nvalue: \"10\"\noptions:\n  timeoutMs: 99999999999999999999"),
        "t.spec.yaml"))
        .isInstanceOf(SpecFormatException.class).hasMessageContaining("t.spec.yaml:8:");
  }

  @Test
  void aFrameWithNothingToFindItByIsRefused() {
    String text = step("action: click\nframes: [{}]\ntarget:\n  candidates:\n    - strategy: css\n      value: '#b'");
    assertThatThrownBy(() -> SpecFormat.parse(text, "f.spec.yaml"))
        .isInstanceOf(SpecFormatException.class)
        .hasMessageContaining("f.spec.yaml:6:").hasMessageContaining("a frame with nothing to find it by");
    String blank = step("action: click\nframes:\n  - name: ' '\ntarget:\n  candidates:\n    - strategy: css\n      value: '#b'");
    assertThatThrownBy(() -> SpecFormat.parse(blank, "f.spec.yaml")).hasMessageContaining("nothing to find it by");
  }

  @Test
  void controlCharactersInUploadAndDataPathsAreRefused() {
    String upload = step("action: upload\nvalue: \"files/a\\0b.txt\"\ntarget:\n  candidates:\n    - strategy: css\n      value: '#f'");
    assertThatThrownBy(() -> SpecFormat.parse(upload, "u.spec.yaml"))
        .isInstanceOf(SpecFormatException.class)
        .hasMessageContaining("u.spec.yaml:6:").hasMessageContaining("control character U+0000");
    String data = HEAD + "data:\n  file: \"rows\\u001b.csv\"\nsteps:\n  - id: s\n    action: navigate\n    value: /a\n";
    assertThatThrownBy(() -> SpecFormat.parse(data, "d.spec.yaml"))
        .isInstanceOf(SpecFormatException.class)
        .hasMessageContaining("d.spec.yaml:4:").hasMessageContaining("the data file path holds the control character U+001B");
  }

  @Test
  void invalidPatternsAreRefusedButReferencesWaitForTheRun() {
    String bad = step("action: assert\nassertion:\n  kind: title\n  match: matches\n  expected: \"a(b\"");
    assertThatThrownBy(() -> SpecFormat.parse(bad, "p.spec.yaml"))
        .isInstanceOf(SpecFormatException.class).hasMessageContaining("invalid regular expression");
    String referenced = HEAD + "variables:\n  - name: who\n    value: x\n" + "steps:\n  - id: s\n"
        + "action: assert\nassertion:\n  kind: title\n  match: matches\n  expected: \"^${who}$\"".indent(4);
    assertThat(SpecFormat.parse(referenced, "p.spec.yaml").steps()).hasSize(1);
  }

  @Test
  void hugeCountsAndViewportsAreRefused() {
    String count = step("action: assert\ntarget:\n  candidates:\n    - strategy: css\n      value: li\n"
        + "assertion:\n  kind: count\n  expected: \"99999999999999999999\"");
    assertThatThrownBy(() -> SpecFormat.parse(count, "c.spec.yaml"))
        .isInstanceOf(SpecFormatException.class).hasMessageContaining("at most " + SpecValidator.MAX_COUNT);
    String viewport = HEAD + "viewport:\n  width: 0\n  height: 800\nsteps:\n  - id: s\n    action: navigate\n    value: /a\n";
    assertThatThrownBy(() -> SpecFormat.parse(viewport, "v.spec.yaml"))
        .isInstanceOf(SpecFormatException.class).hasMessageContaining("v.spec.yaml:4:")
        .hasMessageContaining("between 1 and " + SpecValidator.MAX_VIEWPORT);
  }
}
