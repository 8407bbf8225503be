package com.argus.recorder.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueDigestTest {
  @Test
  void digestsAsTheRecorderScriptDoes() {
    // Computed by recorder.js's valueDigest with valueSalt -123456789 (under Node, the same engine
    // arithmetic as Chromium); SecretReuseIT checks the two agree in a real page too.
    ValueDigest d = new ValueDigest(-123456789);
    assertThat(d.of("Tr0ub4dor&3x")).isEqualTo("1r8e4khf31r.1s9lyzalaeg");
    assertThat(d.of("Kx9-vQ2m-Pz4ü€")).isEqualTo("2ad9ce38oq1.1629w7e0qzf");
    assertThat(d.of("abc")).isNull();
    assertThat(new ValueDigest(1).of("Tr0ub4dor&3x")).isNotEqualTo(d.of("Tr0ub4dor&3x"));
  }
}
