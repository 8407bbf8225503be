package com.argus.engine.export;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.TestSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** Steps Playwright cannot express become fixme / abort at their place, with the reason, and are listed. */
class ExportUnsupportedTest {
  static final TestSpec SPEC = TestSpec.named("Has gaps", "http://127.0.0.1:8080/", List.of(
      Step.of("open", Action.NAVIGATE, null, "/"),
      Step.of("odd-role", Action.CLICK, Target.of(Locator.role("nonsense", "X")), null),
      new Step("frame-wait", null, Action.WAIT, null, "window.ready", null, null, null, null, null,
          List.of(FrameRef.named("f")), null),
      new Step("ghost", null, Action.CLICK, Target.of(Locator.of(LocatorStrategy.TEXT, "x")),
          null, null, null, null, null, "nowhere", List.of(), null)));

  @Test
  void typeScriptMarksTheStepsFixmeAndTheResultListsThem() {
    ExportResult r = new PlaywrightTsExporter().render(List.of(new SpecSource(SPEC, null)), ExportOptions.into(Path.of("out")));
    assertThat(r.unsupported()).extracting(ExportIssue::stepId).containsExactly("odd-role", "frame-wait", "ghost");
    assertThat(r.unsupported().get(0).describe()).startsWith("Has gaps › odd-role: none of its locators");
    assertThat(r.content("has-gaps.spec.ts"))
        .contains("test.fixme(true, 'Argus could not export step \\'odd-role\\': none of its locators")
        .contains("test.fixme(true, 'Argus could not export step \\'frame-wait\\': it waits for a JavaScript condition inside a frame');")
        .contains("test.fixme(true, 'Argus could not export step \\'ghost\\': it acts in page \\'nowhere\\'");
  }

  @Test
  void javaAbortsAtTheStepsAndCompiles(@TempDir Path dir) throws Exception {
    ExportResult r = new PlaywrightJavaExporter().export(List.of(new SpecSource(SPEC, null)), ExportOptions.into(dir.resolve("src")));
    assertThat(r.unsupported()).hasSize(3);
    assertThat(r.content("argus/exported/HasGapsTest.java"))
        .contains("Assumptions.abort(\"Argus could not export step 'odd-role': none of its locators");
    PlaywrightJavaExportIT.compile(dir.resolve("src"), dir.resolve("classes"));
  }
}
