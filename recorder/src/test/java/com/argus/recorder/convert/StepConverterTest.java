package com.argus.recorder.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Variable;
import com.argus.engine.spec.format.SpecFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepConverterTest {
  private final StepConverter c = new StepConverter("http://127.0.0.1:8080/", new LocatorRanker(null));

  private static String target(String testId, String xpath) {
    return "{\"candidates\":[{\"strategy\":\"testid\",\"value\":\"" + testId + "\",\"attribute\":\"data-testid\"},"
        + "{\"strategy\":\"xpath\",\"value\":\"" + xpath + "\",\"positional\":true}],"
        + "\"fingerprint\":{\"tag\":\"input\",\"xpath\":\"" + xpath + "\",\"unknown_future_property\":1}}";
  }

  private static RawEvent ev(String page, long ts, String json) {
    return RawEvent.fromScript(json.replace("{\"kind\"", "{\"ts\":" + ts + ",\"kind\""), page, List.of());
  }

  private List<Step> feed(RawEvent... events) {
    for (RawEvent e : events) {
      c.accept(e);
    }
    return c.steps();
  }

  @Test
  void openingNavigationIsRelativeAndItsLoadIsNoStep() {
    List<Step> steps = feed(RawEvent.open("main", "http://127.0.0.1:8080/login.html?x=1", 1000),
        ev("main", 1100, "{\"kind\":\"pageload\",\"url\":\"http://127.0.0.1:8080/login.html?x=1\",\"navType\":\"navigate\"}"));
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).value()).isEqualTo("/login.html?x=1");
    assertThat(steps.get(0).id()).isEqualTo("s1");
  }

  @Test
  void clickThatFocusedTheFieldIsDroppedAndFillsMerge() {
    String t = target("user", "/html/body/input");
    var changes = c.accept(ev("main", 1, "{\"kind\":\"click\",\"target\":" + t + "}"));
    assertThat(changes).singleElement().isInstanceOf(StepChange.Added.class);
    changes = c.accept(ev("main", 2, "{\"kind\":\"fill\",\"value\":\"al\",\"target\":" + t + "}"));
    assertThat(changes).hasSize(2).first().isInstanceOf(StepChange.Removed.class);
    changes = c.accept(ev("main", 3, "{\"kind\":\"fill\",\"value\":\"alice\",\"target\":" + t + "}"));
    assertThat(changes).singleElement().isInstanceOf(StepChange.Replaced.class);
    assertThat(c.steps()).singleElement().satisfies(s -> {
      assertThat(s.action()).isEqualTo(Action.FILL);
      assertThat(s.value()).isEqualTo("alice");
      assertThat(s.target().primary()).isEqualTo(Locator.testId("data-testid", "user"));
      assertThat(s.target().fingerprint().tag()).isEqualTo("input");
    });
  }

  @Test
  void editorKeysTypedInPiecesAreTypedOneAfterTheOther() {
    String t = target("code", "/html/body/div/textarea");
    List<Step> steps = feed(ev("main", 1, "{\"kind\":\"type\",\"editor\":true,\"value\":\"let a\",\"target\":" + t + "}"),
        ev("main", 2, "{\"kind\":\"type\",\"editor\":true,\"value\":\" = 1;\",\"target\":" + t + "}"));
    assertThat(steps).extracting(Step::value).containsExactly("let a", " = 1;");
  }

  @Test
  void warningFoundOutLaterStandsWhereTheGapBegan() {
    feed(ev("main", 1000, "{\"kind\":\"click\",\"target\":" + target("a", "/a") + "}"),
        ev("main", 1300, "{\"kind\":\"click\",\"target\":" + target("b", "/b") + "}"));
    var changes = c.accept(ev("main", 1100, "{\"kind\":\"warning\",\"message\":\"cannot record inside\"}"));
    assertThat(changes).singleElement().isEqualTo(new StepChange.Added(1, c.steps().get(1)));
    assertThat(c.steps()).extracting(Step::action).containsExactly(Action.CLICK, Action.WARNING, Action.CLICK);
  }

  @Test
  void plainFillsOfASecretsValueBecomeItsVariableBeforeAndAfterAndTheirFingerprintsAreMasked() {
    String hint = target("hint", "/html/body/input[1]").replace("\"tag\":\"input\"", "\"tag\":\"input\",\"value\":\"Tr0ub4dor\"");
    feed(ev("main", 1, "{\"kind\":\"fill\",\"value\":\"Tr0ub4dor\",\"valueDigest\":\"d1\",\"target\":" + hint + "}"));
    assertThat(c.steps().get(0).value()).isEqualTo("Tr0ub4dor");
    var changes = c.accept(ev("main", 2, "{\"kind\":\"fill\",\"secret\":true,\"secretName\":\"password\",\"valueDigest\":\"d1\","
        + "\"target\":" + target("pw", "/html/body/input[2]") + "}"));
    assertThat(changes).first().isInstanceOf(StepChange.Replaced.class);
    assertThat(c.steps().get(0).value()).isEqualTo("${password}");
    assertThat(c.steps().get(0).target().fingerprint().value()).isEqualTo("•••");
    List<Step> steps = feed(ev("other", 3, "{\"kind\":\"fill\",\"value\":\"Tr0ub4dor\",\"valueDigest\":\"d1\",\"target\":"
        + target("passphrase", "/html/body/input") + "}"),
        ev("other", 4, "{\"kind\":\"fill\",\"value\":\"mia\",\"valueDigest\":\"d2\",\"target\":" + target("user", "/x") + "}"));
    assertThat(steps).extracting(Step::value).containsExactly("${password}", "${password}", "${password}", "mia");
  }

  @Test
  void secretFillBecomesAVariableWithoutValue() {
    List<Step> steps = feed(ev("main", 1, "{\"kind\":\"fill\",\"secret\":true,\"secretName\":\"password\",\"target\":"
        + target("pw", "/html/body/input[2]") + "}"));
    assertThat(steps.get(0).value()).isEqualTo("${password}");
    assertThat(c.variables()).containsExactly(Variable.secret("password"));
  }

  @Test
  void dialogGoesBeforeTheClickThatOpenedIt() {
    feed(ev("main", 1000, "{\"kind\":\"click\",\"target\":" + target("del", "/x") + "}"));
    var changes = c.accept(RawEvent.dialog("main", "confirm", "Sure?", new DialogAnswer(false, null, null), 1200));
    assertThat(changes).singleElement().isEqualTo(new StepChange.Added(0, c.steps().get(0)));
    assertThat(c.steps()).extracting(Step::action).containsExactly(Action.DIALOG, Action.CLICK);
    assertThat(c.steps().get(0).dialog()).isEqualTo(new DialogAnswer(false, null, "Sure?"));
  }

  @Test
  void popupMarksTheOpeningClickAndItsFirstLoadIsNoStep() {
    feed(ev("main", 1000, "{\"kind\":\"click\",\"target\":" + target("terms", "/a") + "}"));
    c.accept(RawEvent.popup("popup", "main", 1100));
    List<Step> steps = feed(ev("popup", 1200, "{\"kind\":\"pageload\",\"url\":\"http://127.0.0.1:8080/t.html\",\"navType\":\"navigate\"}"),
        ev("popup", 1300, "{\"kind\":\"click\",\"target\":" + target("ok", "/b") + "}"));
    assertThat(steps).hasSize(2);
    assertThat(steps.get(0).opens()).isEqualTo("popup");
    assertThat(steps.get(1).page()).isEqualTo("popup");
  }

  @Test
  void typedUrlIsANavigationALinkIsNotAndHistoryIsBackOrForward() {
    feed(RawEvent.open("main", "http://127.0.0.1:8080/a", 0),
        ev("main", 10, "{\"kind\":\"pageload\",\"url\":\"http://127.0.0.1:8080/a\",\"navType\":\"navigate\"}"),
        ev("main", 5000, "{\"kind\":\"pageload\",\"url\":\"http://127.0.0.1:8080/b\",\"navType\":\"navigate\"}"),
        ev("main", 9000, "{\"kind\":\"click\",\"target\":" + target("link", "/a") + "}"),
        ev("main", 9200, "{\"kind\":\"pageload\",\"url\":\"http://127.0.0.1:8080/c\",\"navType\":\"navigate\",\"referrer\":\"http://127.0.0.1:8080/b\"}"),
        ev("main", 20000, "{\"kind\":\"pageload\",\"url\":\"http://127.0.0.1:8080/b\",\"navType\":\"back_forward\"}"),
        ev("main", 30000, "{\"kind\":\"pageload\",\"url\":\"http://127.0.0.1:8080/c\",\"navType\":\"back_forward\"}"));
    assertThat(c.steps()).extracting(Step::action)
        .containsExactly(Action.NAVIGATE, Action.NAVIGATE, Action.CLICK, Action.BACK, Action.FORWARD);
    assertThat(c.steps().get(1).value()).isEqualTo("/b");
  }

  @Test
  void doubleClickReplacesItsFirstClick() {
    String t = target("cell", "/td");
    feed(ev("main", 100, "{\"kind\":\"click\",\"target\":" + t + "}"),
        ev("main", 250, "{\"kind\":\"dblclick\",\"target\":" + t + "}"));
    assertThat(c.steps()).extracting(Step::action).containsExactly(Action.DBLCLICK);
  }

  @Test
  void framesTravelWithTheStep() {
    List<FrameRef> frames = List.of(FrameRef.named("payment"), new FrameRef(null, "3-D Secure", null, null));
    c.accept(RawEvent.fromScript("{\"kind\":\"click\",\"ts\":1,\"target\":" + target("go", "/b") + "}", "main", frames));
    assertThat(c.steps().get(0).frames()).isEqualTo(frames);
  }

  @Test
  void rankerPutsProjectPriorityFirstAndFragileLastAndDropsGenerated() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree("["
        + "{\"strategy\":\"xpath\",\"value\":\"/html/body/div[2]/button\",\"positional\":true},"
        + "{\"strategy\":\"id\",\"value\":\"ember452\",\"generated\":true},"
        + "{\"strategy\":\"css\",\"value\":\"ul > li:nth-of-type(2)\"},"
        + "{\"strategy\":\"text\",\"value\":\"Save\"},"
        + "{\"strategy\":\"role\",\"value\":\"button\",\"name\":\"Save\"}]");
    List<Locator> ranked = new LocatorRanker(List.of(LocatorStrategy.TEXT)).rank(json);
    assertThat(ranked).containsExactly(Locator.of(LocatorStrategy.TEXT, "Save"), Locator.role("button", "Save"),
        Locator.of(LocatorStrategy.CSS, "ul > li:nth-of-type(2)"), Locator.of(LocatorStrategy.XPATH, "/html/body/div[2]/button"));
  }

  private static final String UNLOCATED = "{\"candidates\":[],\"fingerprint\":{\"tag\":\"div\",\"text\":\"let total = 0;\"}}";

  @Test
  void clickWhoseElementWasReplacedBeforeItWasLocatedIsAWarningAndTheSpecStillLoads() throws Exception {
    feed(RawEvent.open("main", "http://127.0.0.1:8080/editor.html", 1000),
        ev("main", 1100, "{\"kind\":\"click\",\"target\":" + UNLOCATED + "}"),
        ev("main", 1200, "{\"kind\":\"click\",\"target\":" + target("save", "/b") + "}"));
    assertThat(c.steps()).extracting(Step::action).containsExactly(Action.NAVIGATE, Action.WARNING, Action.CLICK);
    assertThat(c.steps().get(1).value()).contains("could not record a locator for this click on <div> \"let total = 0;\"")
        .contains("Record this step again");
    // The spec as saved reads back: no step is left without the target its action needs.
    java.nio.file.Path file = java.nio.file.Files.createTempFile("lost-target", ".argus.json");
    try {
      SpecFormat.write(c.toSpec("editor", null), file);
      assertThat(SpecFormat.read(file).steps()).hasSize(3);
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }

  @Test
  void fillWhoseLaterKeysCameFromAReplacedElementKeepsTheLocatorsItHad() {
    String t = target("user", "/html/body/input");
    feed(ev("main", 1, "{\"kind\":\"fill\",\"value\":\"al\",\"target\":" + t + "}"),
        ev("main", 2, "{\"kind\":\"fill\",\"value\":\"alice\",\"target\":"
            + "{\"candidates\":[],\"fingerprint\":{\"tag\":\"input\",\"xpath\":\"/html/body/input\"}}}"));
    assertThat(c.steps()).singleElement().satisfies(s -> {
      assertThat(s.value()).isEqualTo("alice");
      assertThat(s.target().primary()).isEqualTo(Locator.testId("data-testid", "user"));
    });
  }

  @Test
  void dragWithNoLocatedDropPlaceIsAWarning() {
    feed(ev("main", 1, "{\"kind\":\"drag\",\"target\":" + target("card", "/a") + ",\"to\":" + UNLOCATED + "}"));
    assertThat(c.steps()).singleElement().extracting(Step::action).isEqualTo(Action.WARNING);
  }
}
