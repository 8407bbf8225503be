package com.argus.engine.spec.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.TestSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases the generated hostile specs found, kept by name so they stay fixed. */
class SpecReaderFuzzRegressionTest {
  @TempDir Path dir;

  private void check(String text) throws IOException {
    SpecReaderFuzzTest.checkReads(Files.writeString(dir.resolve("case.spec.yaml"), text, StandardCharsets.UTF_8));
  }

  /** An empty value was dropped on writing, so a spec that read and validated could not be read back. */
  @Test
  void anEmptyStepValueSurvivesWritingAndReadingBack() throws IOException {
    TestSpec spec = TestSpec.named("Empty values", null, List.of(
        Step.of("clear", Action.FILL, Target.of(Locator.of(LocatorStrategy.CSS, "#q")), ""),
        Step.of("key", Action.PRESS, null, "")));
    assertThat(SpecFormat.parse(SpecFormat.write(spec), "rewritten")).isEqualTo(spec);
    check("schemaVersion: 2\nname: Empty\nsteps:\n  - id: key\n    action: press\n    value: \"\"\n");
  }

  @Test
  void aNumberBeyondALongIsAProblemNotACrash() throws IOException {
    check("schemaVersion: 99999999999999999999\nname: Big\nsteps: []\n");
    check("schemaVersion: 2\nname: 99999999999999999999\nsteps:\n  - id: w\n    action: wait\n    value: 99999999999999999999\n");
  }

  @Test
  void aMergeKeyAndAComplexKeyAreRefusedWithAMessage() throws IOException {
    check("schemaVersion: 2\nname: Merge\n<<: {description: x}\nsteps: []\n");
    check("schemaVersion: 2\nname: Complex\n? [a, b]\n: c\nsteps: []\n");
  }

  @Test
  void tagsAndBinaryValuesAreReadAsTextOrRefused() throws IOException {
    check("schemaVersion: 2\nname: !!java.lang.Object {}\nsteps: []\n");
    check("schemaVersion: 2\nname: !!binary AAAA\nsteps: []\n");
  }
}
