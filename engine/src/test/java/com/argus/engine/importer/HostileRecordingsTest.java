package com.argus.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ConfigurationException;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecValidator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recordings that once ended the import in a stack trace or in a spec {@code spec validate} rejects.
 * Each must now be refused with a message naming the file, the place and what is wrong, or give
 * valid specs. Crashes found by {@link HostileRecordingProperties} are kept here by name.
 */
class HostileRecordingsTest {
  static Stream<Arguments> refusedChromeRecordings() {
    return Stream.of(
        Arguments.of("navigate without url", "{\"title\":\"t\",\"steps\":[{\"type\":\"navigate\"}]}", "step #1 `navigate`: `url`"),
        Arguments.of("navigate url a list", "{\"title\":\"t\",\"steps\":[{\"type\":\"navigate\",\"url\":[]}]}", "`url` is a list"),
        Arguments.of("keyDown without key", "{\"title\":\"t\",\"steps\":[{\"type\":\"keyDown\"}]}", "step #1 `keyDown`: `key`"),
        Arguments.of("empty selector chain", "{\"title\":\"t\",\"steps\":[{\"type\":\"click\",\"selectors\":[[]]}]}",
            "step #1 `click`: `selectors` holds an empty selector chain"),
        Arguments.of("selectors not a list", "{\"title\":\"t\",\"steps\":[{\"type\":\"click\",\"selectors\":\"#a\"}]}",
            "`selectors` is a text but should be a list"),
        Arguments.of("selector a mapping", "{\"title\":\"t\",\"steps\":[{\"type\":\"click\",\"selectors\":[[{}]]}]}",
            "`selectors` holds a mapping"),
        Arguments.of("steps not a list", "{\"title\":\"t\",\"steps\":{\"type\":\"click\"}}", "`steps` is a mapping but should be a list"),
        Arguments.of("step not a mapping", "{\"title\":\"t\",\"steps\":[42]}", "step #1: is a number"),
        Arguments.of("title a list", "{\"title\":[\"a\"],\"steps\":[]}", "`title` is a list but should be text"),
        Arguments.of("title a number", "{\"title\":7,\"steps\":[]}", "`title` is a number but should be text"),
        Arguments.of("frame not a position", "{\"title\":\"t\",\"steps\":[{\"type\":\"click\",\"frame\":[\"x\"],"
            + "\"selectors\":[\"#a\"]}]}", "`frame` holds '\"x\"'"),
        Arguments.of("count not a number", "{\"title\":\"t\",\"steps\":[{\"type\":\"waitForElement\",\"count\":\"many\","
            + "\"selectors\":[\"#a\"]}]}", "`count` is 'many'"),
        Arguments.of("waitForExpression without expression", "{\"title\":\"t\",\"steps\":[{\"type\":\"waitForExpression\"}]}",
            "`expression` is missing"),
        Arguments.of("value referring to an unknown variable", "{\"title\":\"t\",\"steps\":[{\"type\":\"change\","
            + "\"value\":\"${nope}\",\"selectors\":[\"#a\"]}]}", "test 't' does not convert into a valid spec"),
        Arguments.of("root a list", "[]", "not a Chrome DevTools Recorder recording"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedChromeRecordings")
  void chromeRecorderRefusesWithALocatedMessage(String name, String json, String expected) {
    assertThatThrownBy(() -> Importers.chromeRecorder().parse(json, "rec.json"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("rec.json")
        .hasMessageContaining(expected);
  }

  static Stream<Arguments> refusedSideProjects() {
    return Stream.of(
        Arguments.of("selectFrame index=abc", side("selectFrame", "index=abc", "[]"), "command #1 `selectFrame`: `target` is 'index=abc'"),
        Arguments.of("selectFrame without target", side("selectFrame", null, "[]"), "command #1 `selectFrame`: `target` is missing"),
        Arguments.of("setWindowSize axb", side("setWindowSize", "axb", "[]"), "`target` is 'axb'; setWindowSize needs"),
        Arguments.of("setWindowSize too large", side("setWindowSize", "99999999999x1", "[]"), "WIDTHxHEIGHT"),
        Arguments.of("selectWindow without target", side("selectWindow", null, "[]"), "`selectWindow`: `target` is missing"),
        Arguments.of("empty alternative target", side("click", "id=a", "[[]]"), "`click`: `targets` holds '[]'"),
        Arguments.of("targets not a list", side("click", "id=a", "{}"), "`targets` is a mapping but should be a list"),
        Arguments.of("open with a space", side("open", "/a b", "[]"), "`open`: `target` '/a b' is not a valid URL"),
        Arguments.of("open with a bad escape", side("open", "%zz", "[]"), "`target` '%zz' is not a valid URL"),
        Arguments.of("sendKeys without keys", side("sendKeys", "id=a", "[]"), "`value` is missing"),
        Arguments.of("missing tests", "{\"url\":\"http://h/\"}", "not a Selenium IDE project: it has no `tests` list"),
        Arguments.of("tests not a list", "{\"tests\":{}}", "`tests` is a mapping but should be a list"),
        Arguments.of("commands not a list", "{\"tests\":[{\"name\":\"x\",\"commands\":\"open\"}]}",
            "test 'x': `commands` is a text but should be a list"),
        Arguments.of("command a number", "{\"tests\":[{\"name\":\"x\",\"commands\":[1]}]}", "test 'x', command #1: is a number"),
        Arguments.of("test name a mapping", "{\"tests\":[{\"name\":{},\"commands\":[]}]}", "`name` is a mapping"),
        Arguments.of("drag without a drop target", side("dragAndDropToObject", "id=a", "[]"), "does not convert into a valid spec"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSideProjects")
  void seleniumIdeRefusesWithALocatedMessage(String name, String json, String expected) {
    assertThatThrownBy(() -> Importers.seleniumIde().parse(json, "p.side"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("p.side")
        .hasMessageContaining(expected);
  }

  static Stream<Arguments> acceptedRecordings() {
    return Stream.of(
        Arguments.of("empty title named after the file", Importers.chromeRecorder(),
            "{\"title\":\"\",\"steps\":[{\"type\":\"navigate\",\"url\":\"http://h/x\"}]}", "my flow"),
        Arguments.of("missing title named after the file", Importers.chromeRecorder(),
            "{\"steps\":[{\"type\":\"click\",\"selectors\":[[\"aria/\"],[\"#ok\"]]}]}", "my flow"),
        Arguments.of("keyUp without key", Importers.chromeRecorder(),
            "{\"title\":\"k\",\"steps\":[{\"type\":\"keyUp\"},{\"type\":\"change\",\"selectors\":[\"#a\"]}]}", "k"),
        Arguments.of("side test without name", Importers.seleniumIde(),
            "{\"tests\":[{\"commands\":[{\"command\":\"type\",\"target\":\"id=a\"}]}]}", "my flow"),
        Arguments.of("side assertText without value", Importers.seleniumIde(),
            "{\"tests\":[{\"name\":\"n\",\"commands\":[{\"command\":\"assertText\",\"target\":\"id=a\"},"
                + "{\"command\":\"assertTitle\"},{\"command\":\"open\"}]}]}", "n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedRecordings")
  void oddButUsableRecordingsGiveValidSpecs(String name, RecordingImporter importer, String json, String specName) {
    TestSpec spec = importer.parse(json, "/tmp/my-flow." + (importer instanceof SeleniumIdeImporter ? "side" : "json"))
        .specs().get(0);
    assertThat(spec.name()).isEqualTo(specName);
    assertThat(SpecValidator.validate(spec)).isEmpty();
  }

  static String side(String command, String target, String targets) {
    return "{\"url\":\"http://127.0.0.1:8080/app/\",\"tests\":[{\"name\":\"t\",\"commands\":[{\"command\":\"" + command + "\","
        + (target == null ? "" : "\"target\":\"" + target + "\",") + "\"targets\":" + targets + ",\"value\":\"\"}]}]}";
  }
}
