package com.argus.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ConfigurationException;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportersTest {
  static final Path DIR = Path.of("src/test/resources/importer");

  @Test
  void convertsEveryChromeRecorderStepType() {
    ImportResult result = Importers.forFile(DIR.resolve("login.recording.json")).read(DIR.resolve("login.recording.json"));
    TestSpec spec = result.specs().get(0);

    assertThat(spec.baseUrl()).isEqualTo("http://127.0.0.1:8080/");
    assertThat(spec.viewport().width()).isEqualTo(1280);
    assertThat(spec.steps()).extracting(Step::action).containsExactly(Action.NAVIGATE, Action.CLICK, Action.FILL,
        Action.FILL, Action.PRESS, Action.WAIT, Action.WAIT, Action.HOVER, Action.CLICK, Action.WAIT, Action.ASSERT,
        Action.SELECT, Action.DBLCLICK);
    assertThat(spec.steps().get(0).value()).isEqualTo("/login.html");
    assertThat(spec.steps().get(1).target().candidates()).extracting(l -> l.strategy())
        .containsExactly(LocatorStrategy.TEXT, LocatorStrategy.CSS, LocatorStrategy.XPATH, LocatorStrategy.CSS);
    assertThat(spec.steps().get(5).target().primary().describe()).isEqualTo("role=heading[name=\"Products\"]");
    assertThat(result.warnings()).extracting(ImportWarning::describe).containsExactly(
        "Login and add a chair #5 `change`: the value typed into a password field is now the secret variable ${password}: "
            + "set ARGUS_SECRET_PASSWORD or add password=... to secrets.properties in the Argus home before running",
        "Login and add a chair #16 `customStep`: this step type has no Argus equivalent; not imported");
    // The recording has the password in clear; the spec has a secret variable instead.
    assertThat(spec.steps().get(3).value()).isEqualTo("${password}");
    assertThat(spec.secretVariables()).extracting(v -> v.name()).containsExactly("password");
    assertThat(SpecFormat.write(spec)).doesNotContain("demo123");
    assertThat(SpecFormat.parse(SpecFormat.write(spec), "imported")).isEqualTo(spec);
  }

  @Test
  void mapsFramesAndPagesFromChromeRecordings() {
    TestSpec spec = Importers.chromeRecorder().read(DIR.resolve("widgets.recording.json")).specs().get(0);

    assertThat(spec.step("click-4").orElseThrow().frames()).hasSize(2);
    assertThat(spec.step("click-7").orElseThrow().opens()).isEqualTo("page1");
    assertThat(spec.step("wait-8").orElseThrow().pageName()).isEqualTo("page1");
    assertThat(spec.step("rightclick-10").orElseThrow().action()).isEqualTo(Action.RIGHTCLICK);
  }

  @Test
  void convertsSeleniumIdeCommandsWithRankedTargets() {
    ImportResult result = Importers.forFile(DIR.resolve("demo.side")).read(DIR.resolve("demo.side"));
    TestSpec spec = result.specs().get(0);

    Step user = spec.steps().stream().filter(s -> s.action() == Action.FILL).findFirst().orElseThrow();
    assertThat(user.target().candidates()).extracting(l -> l.describe())
        .containsExactly("id=username", "css=[name=\"username\"]", "css=#username", "xpath=//input[@id='username']");
    assertThat(spec.steps()).filteredOn(s -> s.action() == Action.DIALOG).singleElement()
        .satisfies(d -> assertThat(d.dialog().message()).isEqualTo("Delete everything?"));
    assertThat(spec.steps()).filteredOn(s -> "page1".equals(s.opens())).hasSize(1);
    assertThat(spec.steps()).filteredOn(s -> s.action() == Action.FILL).extracting(Step::value).contains("${password}")
        .doesNotContain("demo123");
    assertThat(result.warnings()).extracting(ImportWarning::describe).containsExactly(
        "login and widgets #4 `type`: the value typed into a password field is now the secret variable ${password}: "
            + "set ARGUS_SECRET_PASSWORD or add password=... to secrets.properties in the Argus home before running",
        "login and widgets #10 `storeText`: no Argus equivalent; not imported",
        "login and widgets #29 `echo`: no Argus equivalent; not imported");
  }

  @Test
  void namesFileLineAndColumnOfMalformedRecordings() {
    assertThatThrownBy(() -> Importers.chromeRecorder().read(DIR.resolve("malformed.recording.json")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("malformed.recording.json:5:5: not valid JSON");
  }
}
