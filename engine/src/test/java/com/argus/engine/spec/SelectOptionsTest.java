package com.argus.engine.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectOptionsTest {
  @Test
  void oneOptionPerLineAndCommasStayInsideALabel() {
    assertThat(SelectOptions.split("English\nPortuguese, Brazil\r\n\n")).containsExactly("English", "Portuguese, Brazil");
    assertThat(SelectOptions.isMultiple("Portuguese, Brazil")).isFalse();
    assertThat(SelectOptions.join(List.of("a", "b"))).isEqualTo("a\nb");
    assertThat(SelectOptions.split(null)).isEmpty();
  }
}
