package com.argus.app.specs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A multiple select's options (one per line) survive the editor's one-line value cell both ways. */
class ValueLinesTest {
  @Test
  void linesShowAsMarksAndMarksBecomeLinesAgain() {
    String options = "Ham\nOlives, black";
    String shown = SpecEditorViewModel.shownValue(options);
    assertThat(shown).isEqualTo("Ham ⏎ Olives, black").doesNotContain("\n");
    assertThat(SpecEditorViewModel.typedValue(shown)).isEqualTo(options);
    assertThat(SpecEditorViewModel.typedValue("Ham⏎Basil")).isEqualTo("Ham\nBasil");
    assertThat(SpecEditorViewModel.typedValue("plain text")).isEqualTo("plain text");
  }
}
