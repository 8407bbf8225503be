package com.argus.engine.spec.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.MatchMode;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecFormatTest {
  static final Path RESOURCES = Paths.get("src/test/resources/spec");

  static Stream<Path> examples() throws IOException {
    return SpecExamples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void writingWhatWasReadChangesNothing(Path example) throws IOException {
    String original = Files.readString(example, StandardCharsets.UTF_8);
    TestSpec spec = SpecFormat.read(example);
    String written = SpecFormat.write(spec);
    assertThat(written).isEqualTo(original);
    assertThat(SpecFormat.parse(written, "rewritten")).isEqualTo(spec);
  }

  @Test
  void readsEveryPartOfAStep() {
    TestSpec spec = SpecFormat.read(RESOURCES.resolve("examples/checkout.spec.yaml"));
    assertThat(spec.name()).isEqualTo("Checkout with a saved card");
    assertThat(spec.tags()).containsExactly("smoke", "checkout");
    assertThat(spec.secretVariables()).extracting("name").containsExactly("password");
    Step submit = spec.step("submit").orElseThrow();
    assertThat(submit.action()).isEqualTo(Action.CLICK);
    assertThat(submit.target().primary().strategy()).isEqualTo(LocatorStrategy.ROLE);
    assertThat(submit.target().primary().name()).isEqualTo("Sign in");
    assertThat(submit.target().candidates()).hasSize(3);
    Step user = spec.step("user").orElseThrow();
    assertThat(user.target().fingerprint().testid()).isEqualTo("login-username");
    assertThat(user.target().fingerprint().ancestors()).containsExactly("form#login-form", "main", "body");
    assertThat(spec.step("on-products").orElseThrow().assertion().matchMode()).isEqualTo(MatchMode.CONTAINS);
    assertThat(spec.step("legacy-step").orElseThrow().isEnabled()).isFalse();
    assertThat(spec.step("terms").orElseThrow().effectiveOptions().isContinueOnFailure()).isTrue();
    assertThat(spec.step("add").orElseThrow().target().primary().testIdAttribute()).isEqualTo("data-qa");
  }

  @Test
  void keepsFramesPagesDialogsAndHostileText() {
    TestSpec spec = SpecFormat.read(RESOURCES.resolve("examples/widgets.spec.yaml"));
    assertThat(spec.step("inner").orElseThrow().frames()).hasSize(2);
    assertThat(spec.step("popup").orElseThrow().opens()).isEqualTo("popup1");
    assertThat(spec.step("popup-title").orElseThrow().pageName()).isEqualTo("popup1");
    assertThat(spec.step("answer").orElseThrow().dialog().promptText()).isEqualTo("It's \"quoted\" and ${not a var}");
    assertThat(spec.step("note").orElseThrow().value()).contains("\n").contains("\u200B");
    assertThat(spec.step("drag").orElseThrow().to().primary().value()).isEqualTo("Gamma");
  }

  @Test
  void migratesSchemaVersionOne() {
    TestSpec spec = SpecFormat.read(RESOURCES.resolve("v1/old-login.spec.yaml"));
    assertThat(spec.schemaVersion()).isEqualTo(TestSpec.CURRENT_SCHEMA);
    assertThat(spec.baseUrl()).isEqualTo("http://127.0.0.1:8080/");
    Step user = spec.step("user").orElseThrow();
    assertThat(user.target().candidates()).extracting("strategy").containsExactly(LocatorStrategy.CSS, LocatorStrategy.XPATH);
    assertThat(user.target().candidates().get(1).value()).isEqualTo("//input[@name='username']");
    assertThat(spec.step("old").orElseThrow().isEnabled()).isFalse();
    assertThat(SpecFormat.write(spec)).startsWith("schemaVersion: 2\n");
  }

  @Test
  void unknownActionNamesLineColumnAndChoices() {
    assertThatThrownBy(() -> SpecFormat.read(RESOURCES.resolve("bad/unknown-action.spec.yaml")))
        .isInstanceOf(SpecFormatException.class)
        .hasMessageStartingWith("src/test/resources/spec/bad/unknown-action.spec.yaml:4:13: 'clik' is not valid for `steps[1].action`")
        .hasMessageContaining("expected one of: navigate, back")
        .hasMessageContaining("click");
  }

  @Test
  void unknownPropertyPointsAtTheKey() {
    assertThatThrownBy(() -> SpecFormat.read(RESOURCES.resolve("bad/unknown-property.spec.yaml")))
        .hasMessageContaining("unknown-property.spec.yaml:5:5: unknown property 'targt' in `steps[1]`")
        .hasMessageContaining("expected one of:")
        .hasMessageContaining("target");
  }

  @Test
  void yamlSyntaxErrorIsLocatedWithoutStackTrace() {
    assertThatThrownBy(() -> SpecFormat.read(RESOURCES.resolve("bad/yaml-syntax.spec.yaml")))
        .isInstanceOf(SpecFormatException.class)
        .satisfies(e -> {
          SpecProblem p = ((SpecFormatException) e).problems().get(0);
          assertThat(p.line()).isGreaterThanOrEqualTo(5);
          assertThat(p.message()).startsWith("not valid YAML: ").doesNotContain("at com.").doesNotContain("Exception");
        });
  }

  @Test
  void secretWithValueIsRefusedAndTellsWhereTheValueGoes() {
    assertThatThrownBy(() -> SpecFormat.read(RESOURCES.resolve("bad/secret-with-value.spec.yaml")))
        .hasMessageContaining(":4:12: secret variable 'password' must not have its value in the spec")
        .hasMessageContaining("ARGUS_SECRET_PASSWORD")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void reportsEveryValidationProblemAtOnce() {
    SpecFormatException e = (SpecFormatException) org.assertj.core.api.Assertions.catchThrowable(
        () -> SpecFormat.read(RESOURCES.resolve("bad/duplicate-and-unknown-var.spec.yaml")));
    assertThat(e.problems()).extracting(SpecProblem::message)
        .anySatisfy(m -> assertThat(m).contains("step id 'a' is used twice"))
        .anySatisfy(m -> assertThat(m).contains("uses ${nobody}"));
    assertThat(e.problems()).extracting(SpecProblem::line).contains(6, 8);
  }

  @Test
  void wrongShapeSaysWhatShapeIsExpected() {
    assertThatThrownBy(() -> SpecFormat.read(RESOURCES.resolve("bad/steps-not-list.spec.yaml")))
        .hasMessageContaining(":2:8: `steps` has the wrong shape; expected a list");
  }

  @Test
  void newerSchemaAsksForANewerArgus() {
    assertThatThrownBy(() -> SpecFormat.read(RESOURCES.resolve("bad/future.spec.yaml")))
        .hasMessageContaining(":1:16: schemaVersion 9 is newer than this Argus understands");
  }

  @Test
  void missingFileAndEmptyFileAreClear(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> SpecFormat.read(dir.resolve("nope.spec.yaml"))).hasMessageEndingWith("nope.spec.yaml: no such file");
    Path empty = Files.writeString(dir.resolve("empty.spec.yaml"), "");
    assertThatThrownBy(() -> SpecFormat.read(empty)).hasMessageContaining("this file has nothing in it");
  }

  @Test
  void savingIsAtomicAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
    TestSpec spec = SpecFormat.read(RESOURCES.resolve("examples/data-driven.spec.yaml"));
    Path file = dir.resolve("nested/search.spec.yaml");
    SpecFormat.write(spec, file);
    SpecFormat.write(spec.withName("Renamed"), file);
    assertThat(SpecFormat.read(file).name()).isEqualTo("Renamed");
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("search.spec.yaml");
    }
  }

  @Test
  void assertionKindsNeedWhatTheyCheck() {
    String text = "name: x\nsteps:\n  - id: a\n    action: assert\n    assertion:\n      kind: attribute\n      expected: y\n";
    assertThatThrownBy(() -> SpecFormat.parse(text, "t.yaml"))
        .hasMessageContaining("needs a `target`")
        .hasMessageContaining("needs `attribute:`");
    assertThat(AssertionKind.URL.needsTarget()).isFalse();
    List<String> okKinds = List.of("url", "title");
    for (String kind : okKinds) {
      SpecFormat.parse("name: x\nsteps:\n  - id: a\n    action: assert\n    assertion:\n      kind: " + kind
          + "\n      expected: y\n", "t.yaml");
    }
  }
}
