package com.argus.recorder;

import static com.argus.recorder.RecorderITSupport.awaitAction;
import static com.argus.recorder.RecorderITSupport.awaitSteps;
import static com.argus.recorder.RecorderITSupport.describe;
import static com.argus.recorder.RecorderITSupport.last;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import com.argus.engine.spec.format.SpecFormat;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.MouseButton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** One test per interaction kind: real Chromium, real input events, the recorder listening. */
class InteractionsIT {
  @RegisterExtension
  static final FixtureServer server = FixtureServer.serving();

  static RecordingSession record(String path) {
    return record(RecordingOptions.forUrl(server.url(path)));
  }

  static RecordingSession record(RecordingOptions options) {
    return RecordingSession.start(options.withHeadless(true));
  }

  @Test
  void generatedIdsAndHashedClassesAreRankedDownOrDropped() {
    try (RecordingSession s = record("/form.html")) {
      s.inPage("main", p -> {
        p.click("#ember453");
        p.fill("[name=q]", "boots");
        p.press("[name=q]", "Tab");
        return null;
      });
      List<Step> steps = awaitAction(s, Action.FILL);
      Step click = last(steps, Action.CLICK);
      assertThat(click.target().primary()).isEqualTo(Locator.role("button", "Help"));
      assertThat(click.target().candidates()).noneMatch(c -> c.value().contains("ember453") || c.value().contains("sc-9z8y7x"));
      assertThat(click.target().fingerprint().id()).isEqualTo("ember453");
      Step fill = last(steps, Action.FILL);
      assertThat(fill.target().primary().strategy()).isIn(LocatorStrategy.ROLE, LocatorStrategy.PLACEHOLDER);
      assertThat(fill.target().candidates()).contains(Locator.of(LocatorStrategy.PLACEHOLDER, "Search products"));
      assertThat(fill.target().candidates()).noneMatch(c -> c.value().contains(":r1:"));
      assertThat(fill.value()).isEqualTo("boots");
    }
  }

  @Test
  void customCheckboxIsCheckedThroughItsLabel() {
    try (RecordingSession s = record("/form.html")) {
      s.inPage("main", p -> {
        p.click("text=Remember me");
        p.click("text=Remember me");
        return null;
      });
      List<Step> steps = awaitAction(s, Action.UNCHECK);
      Step check = last(steps, Action.CHECK);
      assertThat(check.target().fingerprint().tag()).isEqualTo("label");
      assertThat(check.target().primary()).isEqualTo(Locator.of(LocatorStrategy.TEXT, "Remember me"));
      assertThat(steps).noneMatch(x -> x.action() == Action.CLICK);
    }
  }

  @Test
  void enterCommitsTheFillAndTheNavigationItCausesIsNoStep() {
    try (RecordingSession s = record("/form.html")) {
      s.inPage("main", p -> {
        p.click("#user");
        p.keyboard().type("bob");
        p.keyboard().press("Enter");
        p.waitForURL("**/done.html**");
        return null;
      });
      List<Step> steps = awaitAction(s, Action.PRESS);
      assertThat(steps).extracting(Step::action).containsExactly(Action.NAVIGATE, Action.FILL, Action.PRESS);
      Step press = last(steps, Action.PRESS);
      assertThat(press.value()).isEqualTo("Enter");
      assertThat(press.target().primary()).isEqualTo(Locator.testId("data-testid", "login-username"));
      assertThat(last(steps, Action.FILL).value()).isEqualTo("bob");
    }
  }

  @Test
  void passwordNeverLeavesThePage(@TempDir Path dir) throws Exception {
    String password = "S3cr3t-Pa55word!";
    List<String> raw = new CopyOnWriteArrayList<>();
    Path out = dir.resolve("login.spec.yaml");
    RecordingSession s = record("/form.html");
    s.rawTap = raw::add;
    s.inPage("main", p -> {
      p.click("#pw");
      p.keyboard().type(password);
      p.keyboard().press("Tab");
      return null;
    });
    awaitAction(s, Action.FILL);
    s.inPage("main", p -> {
      p.close();
      return null;
    });
    TestSpec spec = RecordToFile.saveWhenEnded(s, out);
    Step fill = last(spec.steps(), Action.FILL);
    assertThat(fill.value()).isEqualTo("${password}");
    assertThat(spec.variables()).containsExactly(Variable.secret("password"));
    String file = Files.readString(out);
    assertThat(file).doesNotContain(password).contains("${password}");
    assertThat(SpecFormat.read(out).variables()).containsExactly(Variable.secret("password"));
    assertThat(String.join("\n", raw)).doesNotContain(password).contains("\"secret\":true");
    Path log = Path.of("target/recorder-test.log");
    if (Files.exists(log)) {
      assertThat(Files.readString(log)).doesNotContain(password);
    }
  }

  @Test
  void hoverIsRecordedOnlyWhenItRevealsTheNextTarget() {
    try (RecordingSession s = record("/widgets.html")) {
      s.inPage("main", p -> {
        p.hover("#dbl");
        p.click("#dbl");
        p.hover("#products-menu");
        p.click("[data-testid=menu-shoes]");
        p.waitForURL("**/done.html**");
        p.goBack();
        p.hover("#jsmenu-trigger");
        p.click("#logout");
        return null;
      });
      List<Step> steps = awaitSteps(s, st -> st.stream().anyMatch(x -> x.action() == Action.CLICK
          && x.target().fingerprint().id() != null && x.target().fingerprint().id().equals("logout")));
      List<Step> hovers = steps.stream().filter(x -> x.action() == Action.HOVER).toList();
      assertThat(hovers).as(describe(steps)).hasSize(2);
      assertThat(hovers.get(0).target().fingerprint().id()).isEqualTo("products-menu");
      assertThat(hovers.get(1).target().fingerprint().id()).isEqualTo("jsmenu-trigger");
      int h0 = steps.indexOf(hovers.get(0));
      assertThat(steps.get(h0 + 1).target().primary()).isEqualTo(Locator.testId("data-testid", "menu-shoes"));
      assertThat(steps.get(steps.indexOf(hovers.get(1)) + 1).target().primary()).isEqualTo(Locator.role("button", "Log out"));
      assertThat(steps).anyMatch(x -> x.action() == Action.BACK);
    }
  }

  @Test
  void contenteditableTypingDoubleAndRightClick() {
    try (RecordingSession s = record("/widgets.html")) {
      s.inPage("main", p -> {
        p.click("#editor");
        p.keyboard().type("Hello world");
        p.dblclick("#dbl");
        p.click("#ctx", new Page.ClickOptions().setButton(MouseButton.RIGHT));
        return null;
      });
      List<Step> steps = awaitAction(s, Action.RIGHTCLICK);
      Step type = last(steps, Action.TYPE);
      assertThat(type.value()).isEqualTo("Hello world");
      assertThat(type.target().primary()).isEqualTo(Locator.of(LocatorStrategy.LABEL, "Notes"));
      assertThat(last(steps, Action.DBLCLICK).target().primary()).isEqualTo(Locator.role("button", "Double me"));
      assertThat(last(steps, Action.RIGHTCLICK).target().primary()).isEqualTo(Locator.role("button", "Context target"));
      assertThat(steps).extracting(Step::action)
          .containsExactly(Action.NAVIGATE, Action.TYPE, Action.DBLCLICK, Action.RIGHTCLICK);
    }
  }

  @Test
  void html5AndMouseDragsAreRecordedWithSourceAndDropTarget() {
    try (RecordingSession s = record("/widgets.html")) {
      s.inPage("main", p -> {
        p.dragAndDrop("[data-testid=item-a]", "[data-testid=bin]");
        var box = p.locator("#knob").boundingBox();
        p.mouse().move(box.x + 15, box.y + 15);
        p.mouse().down();
        p.mouse().move(box.x + 60, box.y + 15, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        p.mouse().move(box.x + 150, box.y + 15, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        p.mouse().up();
        return null;
      });
      List<Step> steps = awaitSteps(s, st -> st.stream().filter(x -> x.action() == Action.DRAG).count() == 2);
      List<Step> drags = steps.stream().filter(x -> x.action() == Action.DRAG).toList();
      assertThat(drags.get(0).target().primary()).isEqualTo(Locator.testId("data-testid", "item-a"));
      assertThat(drags.get(0).to().primary()).isEqualTo(Locator.testId("data-testid", "bin"));
      assertThat(drags.get(1).target().primary()).isEqualTo(Locator.of(LocatorStrategy.LABEL, "Volume knob"));
      assertThat(drags.get(1).to().fingerprint().id()).isEqualTo("slider-track");
      assertThat((String) s.inPage("main", p -> p.textContent("#status"))).isEqualTo("dropped");
    }
  }

  @Test
  void uploadRecordsTheFileName(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4");
    try (RecordingSession s = record("/widgets.html")) {
      s.inPage("main", p -> {
        p.setInputFiles("#file", file);
        return null;
      });
      Step upload = last(awaitAction(s, Action.UPLOAD), Action.UPLOAD);
      assertThat(upload.value()).isEqualTo("report.pdf");
      assertThat(upload.target().primary()).isEqualTo(Locator.of(LocatorStrategy.LABEL, "Attachment"));
    }
  }

  @Test
  void dialogAnswersAreRecordedBeforeTheClickThatOpensThem() {
    RecordingOptions o = RecordingOptions.forUrl(server.url("/widgets.html"))
        .withDialogPolicy(DialogPolicy.scripted(new DialogAnswer(false, null, null), new DialogAnswer(true, "Mia", null)));
    try (RecordingSession s = record(o)) {
      s.inPage("main", p -> {
        p.click("#confirm-btn");
        p.click("#prompt-btn");
        return null;
      });
      List<Step> steps = awaitSteps(s, st -> st.stream().filter(x -> x.action() == Action.DIALOG).count() == 2);
      assertThat(steps).extracting(Step::action).containsExactly(Action.NAVIGATE, Action.DIALOG, Action.CLICK,
          Action.DIALOG, Action.CLICK);
      assertThat(steps.get(1).dialog()).isEqualTo(new DialogAnswer(false, null, "Really delete?"));
      assertThat(steps.get(2).target().primary()).isEqualTo(Locator.role("button", "Delete account"));
      assertThat(steps.get(3).dialog()).isEqualTo(new DialogAnswer(true, "Mia", "New name?"));
      assertThat(steps.get(4).target().primary()).isEqualTo(Locator.role("button", "Rename"));
      assertThat((String) s.inPage("main", p -> p.textContent("#status"))).isEqualTo("name=Mia");
    }
  }

  @Test
  void popupsBecomeNamedPages() {
    try (RecordingSession s = record("/widgets.html")) {
      s.inContext(ctx -> {
        Page main = ctx.pages().get(0);
        Page popup = main.waitForPopup(() -> main.click("text=Open terms"));
        popup.waitForLoadState();
        popup.click("text=Back to form");
        popup.waitForURL("**/form.html");
        return null;
      });
      List<Step> steps = awaitSteps(s, st -> st.stream().anyMatch(x -> "popup".equals(x.page())));
      Step opener = steps.stream().filter(x -> "popup".equals(x.opens())).findFirst().orElseThrow();
      assertThat(opener.action()).isEqualTo(Action.CLICK);
      assertThat(opener.target().primary()).isEqualTo(Locator.role("link", "Open terms"));
      Step inPopup = steps.stream().filter(x -> "popup".equals(x.page())).findFirst().orElseThrow();
      assertThat(inPopup.target().primary()).isEqualTo(Locator.role("link", "Back to form"));
      assertThat(steps).as(describe(steps)).noneMatch(x -> x.action() == Action.NAVIGATE && "popup".equals(x.page()));
    }
  }

  @Test
  void openShadowRootsArePiercedAndClosedOnesAndCanvasAreWarnings() {
    try (RecordingSession s = record("/widgets.html")) {
      s.inPage("main", p -> {
        p.locator("star-rating button[aria-label='4 stars'] i").click();
        p.click("#closed");
        p.click("#paint");
        return null;
      });
      List<Step> steps = awaitSteps(s, st -> st.stream().filter(x -> x.action() == Action.WARNING).count() == 2);
      Step star = steps.get(1);
      assertThat(star.action()).isEqualTo(Action.CLICK);
      assertThat(star.target().primary()).isEqualTo(Locator.role("button", "4 stars"));
      assertThat(star.target().candidates()).noneMatch(c -> c.strategy() == LocatorStrategy.XPATH);
      assertThat(star.target().candidates()).anyMatch(c -> c.strategy() == LocatorStrategy.CSS);
      assertThat((String) s.inPage("main", p -> p.textContent("#status"))).isEqualTo("4 stars");
      List<Step> warnings = steps.stream().filter(x -> x.action() == Action.WARNING).toList();
      assertThat(warnings.get(0).value()).contains("closed shadow root");
      assertThat(warnings.get(1).value()).contains("canvas");
    }
  }

  @Test
  void nestedFramesAreIdentifiedByNameAndTitle() {
    try (RecordingSession s = record("/widgets.html")) {
      s.inPage("main", p -> {
        var payment = p.frameLocator("iframe[name=payment]");
        payment.locator("#card").fill("4111111111111111");
        payment.locator("#card").press("Tab");
        var secure = payment.frameLocator("iframe[title='3-D Secure']");
        secure.locator("#code").fill("123456");
        secure.locator("text=Confirm code").click();
        return null;
      });
      List<Step> steps = awaitAction(s, Action.CLICK);
      Step card = steps.stream().filter(x -> x.action() == Action.FILL && x.frames().size() == 1).findFirst().orElseThrow();
      assertThat(card.frames().get(0).name()).isEqualTo("payment");
      assertThat(card.target().primary()).isEqualTo(Locator.role("textbox", "Card number"));
      Step confirm = last(steps, Action.CLICK);
      assertThat(confirm.frames()).hasSize(2);
      assertThat(confirm.frames().get(0)).isEqualTo(new FrameRef("payment", null, "payment.html", null));
      assertThat(confirm.frames().get(1).title()).isEqualTo("3-D Secure");
      assertThat(confirm.target().primary()).isEqualTo(Locator.role("button", "Confirm code"));
      assertThat(last(steps, Action.FILL).value()).isEqualTo("123456");
    }
  }

  @Test
  void typedUrlBackAndForward() {
    try (RecordingSession s = record("/form.html")) {
      s.inPage("main", p -> {
        p.navigate(server.url("/done.html"));
        p.goBack();
        p.goForward();
        return null;
      });
      List<Step> steps = awaitAction(s, Action.FORWARD);
      assertThat(steps).extracting(Step::action)
          .containsExactly(Action.NAVIGATE, Action.NAVIGATE, Action.BACK, Action.FORWARD);
      assertThat(steps.get(1).value()).isEqualTo("/done.html");
    }
  }

  @Test
  void assertModePicksAnElementFromTheToolbarAndAssertsTheUrl() {
    try (RecordingSession s = record("/form.html")) {
      s.inPage("main", p -> {
        p.keyboard().press("Control+Shift+A");
        p.locator("#__argus_toolbar").locator("button[data-kind=text]").click();
        p.click("h1");
        return null;
      });
      s.armAssert(AssertionKind.URL);
      List<Step> steps = awaitSteps(s, st -> st.stream().filter(x -> x.action() == Action.ASSERT).count() == 2);
      Step text = steps.get(1);
      assertThat(text.assertion().kind()).isEqualTo(AssertionKind.TEXT);
      assertThat(text.assertion().expected()).isEqualTo("Sign in");
      assertThat(text.target().primary()).isEqualTo(Locator.role("heading", "Sign in"));
      assertThat(steps.get(2).assertion().kind()).isEqualTo(AssertionKind.URL);
      assertThat(steps.get(2).assertion().expected()).isEqualTo("/form.html");
      assertThat(steps).noneMatch(x -> x.action() == Action.CLICK);
    }
  }
}
