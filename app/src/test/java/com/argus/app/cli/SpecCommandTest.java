package com.argus.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecCommandTest {
  static final Path EXAMPLES = Path.of("../engine/src/test/resources/spec/examples");
  static final Path BAD = Path.of("../engine/src/test/resources/spec/bad");

  record Result(int exit, String out, String err) {}

  static Result argus(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ArgusCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void validateAcceptsGoodFilesAndFolders() {
    Result r = argus("spec", "validate", EXAMPLES.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("checkout.spec.yaml (13 steps)").contains("3 valid, 0 invalid");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void validateReportsEveryBadFileWithLineAndColumnAndExitsTwo() {
    Result r = argus("spec", "validate", EXAMPLES.resolve("checkout.spec.yaml").toString(), BAD.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("unknown-action.spec.yaml:4:13: 'clik' is not valid")
        .contains("unknown-property.spec.yaml:5:5: unknown property 'targt'")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(r.out()).contains("1 valid, 7 invalid");
  }

  @Test
  void missingFileIsAnInputError(@TempDir Path dir) {
    Result r = argus("spec", "validate", dir.resolve("gone.spec.yaml").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("gone.spec.yaml: no such file");
  }

  @Test
  void aFolderWithoutSpecsIsAnInputErrorNotAllValid(@TempDir Path dir) {
    Result r = argus("spec", "validate", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(dir + ": no *.spec.yaml files in this folder");
    assertThat(r.out()).contains("0 valid, 0 invalid");
  }

  @Test
  void valuesTheRunWouldTripOverAreRefusedWithTheirLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("wait.spec.yaml"),
        "schemaVersion: 2\nname: Wait\nsteps:\n  - id: w\n    action: wait\n    value: \"99999999999999999999\"\n");
    Result r = argus("spec", "validate", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("wait.spec.yaml:6:").contains("at most 3600000");
  }

  @Test
  void showPrintsStepsWithInvisibleCharactersEscaped() {
    Result r = argus("spec", "show", EXAMPLES.resolve("widgets.spec.yaml").toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Widgets tour").contains("device: mobile")
        .contains("role=button[name=\"Rate 4 stars\"]").contains("\\u200B").contains("line one\\nline two");
  }

  @Test
  void showAndValidatePrintNoTerminalControlSequences(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("esc.spec.yaml");
    java.nio.file.Files.writeString(file, """
        schemaVersion: 2
        name: "\\e]0;owned\\a title"
        description: "\\e[2J cleared"
        variables:
          - name: user
            value: "\\e[31mred"
        steps:
          - id: "s\\e[2Jx"
            action: navigate
            value: "/a\\u0007b"
        """);
    Result show = argus("spec", "show", file.toString());
    Result validate = argus("spec", "validate", file.toString());
    assertThat(show.exit()).as(show.err()).isZero();
    assertThat(show.out() + validate.out() + validate.err()).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(show.out()).contains("\\e]0;owned\\u0007 title").contains("\\e[2J cleared").contains("\\e[31mred")
        .contains("s\\e[2Jx").contains("/a\\u0007b");
  }

  @Test
  void showNeverPrintsSecretValuesOnlyTheirNames(@TempDir Path dir) throws IOException {
    Result r = argus("spec", "show", EXAMPLES.resolve("checkout.spec.yaml").toString());
    assertThat(r.out()).contains("variable password = (secret)");
  }

  @Test
  void unknownCommandIsAUsageError() {
    Result r = argus("frobnicate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument");
  }

  @Test
  void helpListsCommandsAndExitCodes() {
    Result r = argus("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("spec").contains("Exit codes: 0 success, 1 tests failed, 2 usage");
  }
}
