package com.argus.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.MatchMode;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Seeded generated hostile specs (names, ids, values with control characters, quotes,
 * backslashes, comment ends, template starts, backticks, huge numbers, Java-only patterns) export
 * to both languages without anything but an {@link ArgusException}, and the Java they produce
 * compiles.
 */
class ExportFuzzTest {
  private static final List<String> HOSTILE = List.of("\u001b]0;x\u0007", "\"", "'", "\\", "\\u000A", "*/", "/*",
      "${", "${user}", "`", "${`", "\n", "\r", "\u2028", "\u0000", "99999999999999999999", "0099", "a*+b",
      "(?>x)y", "x(?i)y", "\\Qa.b\\E", "[a&&b]", "(", "__proto__", "}", "</script>", "\uD800", "é");

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(HOSTILE),
        Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(6));
    return piece.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<TestSpec> specs() {
    Arbitrary<String> text = hostile();
    Arbitrary<Step> step = Combinators.combine(text, text, Arbitraries.of(Action.FILL, Action.WAIT, Action.NAVIGATE,
        Action.ASSERT, Action.PRESS, Action.SELECT), Arbitraries.of(AssertionKind.TEXT, AssertionKind.COUNT,
        AssertionKind.URL), Arbitraries.of(MatchMode.values())).as((id, value, action, kind, match) -> {
          Target target = Target.of(Locator.of(LocatorStrategy.CSS, "#" + value));
          return action == Action.ASSERT
              ? new Step(id, value, action, kind == AssertionKind.URL ? null : target, null, null, null,
                  new Assertion(kind, value, match, null), null, null, null, null)
              : Step.of(id, action, action == Action.FILL || action == Action.SELECT ? target : null, value);
        });
    return Combinators.combine(text, text, step.list().ofMinSize(1).ofMaxSize(5))
        .as((name, variable, steps) -> TestSpec.named(name, "http://127.0.0.1/", steps)
            .withVariables(List.of(Variable.plain("user", variable))));
  }

  @Property(tries = 400, seed = "24")
  void hostileSpecsExportOrFailWithAMessage(@ForAll("specs") TestSpec spec) {
    for (SpecExporter exporter : List.of(new PlaywrightJavaExporter(), new PlaywrightTsExporter())) {
      try {
        ExportResult result = HostileExportTest.export(exporter, spec);
        assertThat(result.files()).isNotEmpty();
      } catch (ArgusException e) {
        assertThat(e.userMessage()).isNotBlank();
      }
    }
  }

  @Property(tries = 12, seed = "24")
  void hostileSpecsExportAsJavaThatCompiles(@ForAll("specs") TestSpec spec) throws Exception {
    Path dir = Files.createTempDirectory("argus-fuzz");
    try {
      ExportResult result = HostileExportTest.export(new PlaywrightJavaExporter(), spec);
      assertThat(ExportedCodeChecks.javaErrors(result, dir.resolve("classes"))).as("%s", result.files()).isNull();
    } finally {
      ExportFixtures.deleteTree(dir);
    }
  }
}
