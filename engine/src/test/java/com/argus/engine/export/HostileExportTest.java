package com.argus.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.DataRows;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.MatchMode;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specs that pass validation but hold what a target language cannot: numbers too large for an
 * int literal, Java-only regex syntax, a {@code __proto__} data column. The exports still compile
 * (Java, in-process) and parse (TypeScript, with node), and each refusal names its step.
 */
class HostileExportTest {
  private static final Target B = Target.of(Locator.of(LocatorStrategy.CSS, "#b"));
  private static final String HUGE = "99999999999999999999";

  static Step matches(String id, String pattern) {
    return new Step(id, null, Action.ASSERT, B, null, null, null,
        new Assertion(AssertionKind.TEXT, pattern, MatchMode.MATCHES, null), null, null, null, null);
  }

  static ExportResult export(SpecExporter exporter, TestSpec spec) {
    return exporter.render(List.of(new SpecSource(spec, null)), ExportOptions.into(Path.of("unused")));
  }

  @Test
  void hugeWaitsAndCountsAreRefusedNamingTheStepAndTheJavaStillCompiles(@TempDir Path dir) throws Exception {
    TestSpec spec = TestSpec.named("Huge", "http://127.0.0.1/", List.of(
        Step.of("long-wait", Action.WAIT, null, HUGE),
        new Step("many", null, Action.ASSERT, B, null, null, null, Assertion.of(AssertionKind.COUNT, HUGE),
            null, null, null, null),
        Step.of("octal-looking", Action.WAIT, null, "0099")));
    for (SpecExporter exporter : List.of(new PlaywrightJavaExporter(), new PlaywrightTsExporter())) {
      ExportResult result = export(exporter, spec);
      assertThat(result.unsupported()).extracting(ExportIssue::stepId).containsExactly("long-wait", "many");
      assertThat(result.unsupported().get(0).message()).contains(HUGE + " ms").contains("2147483647");
      assertThat(result.unsupported().get(1).message()).contains("count of " + HUGE);
      assertThat(String.join("\n", result.files().stream().filter(ExportedFile::isGenerated)
          .map(ExportedFile::content).toList())).contains("waitForTimeout(99)").doesNotContain("(" + HUGE);
    }
    assertThat(ExportedCodeChecks.javaErrors(export(new PlaywrightJavaExporter(), spec), dir.resolve("classes")))
        .isNull();
    assertThat(ExportedCodeChecks.typeScriptErrors(export(new PlaywrightTsExporter(), spec).content("huge.spec.ts"),
        dir)).isNull();
  }

  @Test
  void javaOnlyPatternsAreRefusedForTypeScriptNamingTheStepAndKeptForJava(@TempDir Path dir) throws Exception {
    TestSpec spec = TestSpec.named("Patterns", "http://127.0.0.1/", List.of(
        matches("possessive", "a*+b"), matches("atomic", "(?>x)y"), matches("mid-flags", "x(?i)y"),
        matches("start-flags", "(?i)^total: \\d+$"), matches("quoted", "\\Qa.b (c)\\E$"),
        matches("escape", "\\e\\[2J")));
    ExportResult ts = export(new PlaywrightTsExporter(), spec);
    assertThat(ts.unsupported()).extracting(ExportIssue::stepId).containsExactly("possessive", "atomic", "mid-flags");
    assertThat(ts.unsupported()).extracting(ExportIssue::message).allMatch(m -> m.contains("cannot be exported"))
        .anyMatch(m -> m.contains("possessive quantifier (*+)")).anyMatch(m -> m.contains("atomic group"))
        .anyMatch(m -> m.contains("flags inside the pattern"));
    String code = ts.content("patterns.spec.ts");
    assertThat(code).contains("toHaveText(/^total: \\d+$/i)").contains("toHaveText(/a\\.b \\(c\\)$/)")
        .contains("toHaveText(/\\x1B\\[2J/)");
    assertThat(ExportedCodeChecks.typeScriptErrors(code, dir)).isNull();

    ExportResult java = export(new PlaywrightJavaExporter(), spec);
    assertThat(java.unsupported()).isEmpty();
    assertThat(ExportedCodeChecks.javaErrors(java, dir.resolve("classes"))).isNull();
  }

  @Test
  void aPatternJavaCannotCompileIsRefusedInBothLanguages() {
    TestSpec spec = TestSpec.named("Broken", null, List.of(matches("unclosed", "(a")));
    for (SpecExporter exporter : List.of(new PlaywrightJavaExporter(), new PlaywrightTsExporter())) {
      assertThat(export(exporter, spec).unsupported()).singleElement()
          .satisfies(i -> assertThat(i.describe()).contains("unclosed").contains("not a valid regular expression"));
    }
  }

  @Test
  void aMatchesAssertionUsesVariablesAsPatternParts(@TempDir Path dir) throws Exception {
    TestSpec spec = TestSpec.named("Vars", "http://127.0.0.1/", List.of(matches("greeting", "^Hello, ${user}!?$")))
        .withVariables(List.of(Variable.plain("user", "Ada")));
    ExportResult ts = export(new PlaywrightTsExporter(), spec);
    assertThat(ts.unsupported()).isEmpty();
    assertThat(ts.content("vars.spec.ts")).contains("toHaveText(new RegExp('^Hello, ' + user + '!?$'))");
    ExportResult java = export(new PlaywrightJavaExporter(), spec);
    assertThat(String.join("\n", java.files().stream().filter(ExportedFile::isGenerated).map(ExportedFile::content)
        .toList())).contains("hasText(Pattern.compile(\"^Hello, \" + user + \"!?$\"))");
    assertThat(ExportedCodeChecks.javaErrors(java, dir.resolve("classes"))).isNull();
  }

  @Test
  void aProtoDataColumnIsAnOrdinaryCellInTypeScript(@TempDir Path dir) throws Exception {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("__proto__", "evil");
    row.put("constructor", "c");
    TestSpec spec = new TestSpec(2, "Proto", null, List.of(), "http://127.0.0.1/", null, null, List.of(),
        new DataRows(null, List.of(row)),
        List.of(Step.of("a", Action.FILL, B, "${__proto__}/${constructor}")));
    String code = export(new PlaywrightTsExporter(), spec).content("proto.spec.ts");
    assertThat(code).doesNotContain("row.__proto__").doesNotContain("{ __proto__:");
    String rows = code.substring(code.indexOf("const rows = ["), code.indexOf("];") + 2);
    String output = ExportedCodeChecks.nodeOutput(rows + "\nconst row = rows[0];\nconsole.log("
        + code.substring(code.indexOf(".fill(") + 6, code.indexOf(");", code.indexOf(".fill("))) + ");\n", dir);
    assertThat(output.trim()).isEqualTo("evil/c");
  }
}
