package com.argus.recorder;

import static com.argus.recorder.RecorderITSupport.awaitSteps;
import static com.argus.recorder.RecorderITSupport.describe;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.demo.DemoServer;
import com.argus.engine.browser.PlaywrightPool;
import com.argus.engine.replay.Backend;
import com.argus.engine.replay.RunOptions;
import com.argus.engine.replay.SpecRunner;
import com.argus.engine.replay.SuiteResult;
import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import com.argus.engine.spec.format.SpecFormat;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Realistic flows on the demo shop (docs/demo-app.md): Playwright drives the recorded Chromium
 * with real input events, the recorded steps are checked, then the saved spec replays green with
 * the engine's runner against the same server, as {@code argus run} would.
 */
class DemoAppRecordingIT {
  private static final String PASSWORD = "demo123";
  static DemoServer demo;

  @BeforeAll
  static void serve() {
    demo = DemoServer.start("v1", 0);
  }

  @AfterAll
  static void stopServing() {
    demo.close();
  }

  @Test
  void loginSearchAddToCartAndRemoveWithConfirm(@TempDir Path dir) throws Exception {
    List<String> raw = new CopyOnWriteArrayList<>();
    TestSpec spec = record(dir, "/login.html", DialogPolicy.acceptAll(), raw, p -> {
      p.fill("#username", "demo");
      p.fill("#password", PASSWORD);
      p.click("#login-btn");
      p.waitForURL("**/products.html");
      p.fill("[data-testid=product-search]", "lamp");
      p.click("[data-testid=add-to-cart-p-106]");
      p.click("[data-testid=nav-cart]");
      p.waitForURL("**/cart.html");
      p.click("[data-testid=remove-p-106]");
      p.waitForSelector("[data-testid=cart-empty]");
    }, steps -> steps.stream().anyMatch(st -> isClickOn(st, "remove-p-106")));

    List<Step> steps = spec.steps();
    assertThat(steps).as(describe(steps)).extracting(Step::action).containsExactly(Action.NAVIGATE,
        Action.FILL, Action.FILL, Action.CLICK, Action.FILL, Action.CLICK, Action.CLICK, Action.DIALOG, Action.CLICK);
    assertThat(steps.get(1).target().primary()).isEqualTo(testId("login-username"));
    assertThat(steps.get(1).value()).isEqualTo("demo");
    assertThat(steps.get(2).target().primary()).isEqualTo(testId("login-password"));
    assertThat(steps.get(2).value()).isEqualTo("${password}");
    assertThat(spec.variables()).containsExactly(Variable.secret("password"));
    assertThat(steps.get(3).target().primary()).isEqualTo(testId("login-submit"));
    // The search box and the cards carry ids generated per page load: never the primary locator.
    Step search = steps.get(4);
    assertThat(search.target().primary()).isEqualTo(testId("product-search"));
    assertThat(search.target().fingerprint().id()).startsWith(":r");
    assertThat(search.target().candidates()).noneMatch(c -> c.value().contains(":r"));
    Step add = steps.get(5);
    assertThat(add.target().primary()).isEqualTo(testId("add-to-cart-p-106"));
    assertThat(add.target().candidates()).noneMatch(c -> c.value().contains("card-ember"));
    assertThat(steps.get(6).target().primary()).isEqualTo(testId("nav-cart"));
    assertThat(steps.get(7).dialog()).isEqualTo(new DialogAnswer(true, null, "Remove Desk Lamp from cart?"));
    assertThat(steps.get(8).target().primary()).isEqualTo(testId("remove-p-106"));

    // The password reached neither the spec file nor the recorder's log. The login page shows it as
    // a hint ("Use demo / demo123"), which the username's fingerprint took in before the password
    // was typed: that text is masked after the fact. The typed value itself never left the page.
    assertThat(Files.readString(dir.resolve("flow.spec.yaml"))).doesNotContain(PASSWORD).contains("${password}");
    assertThat(steps.get(1).target().fingerprint().neighborText()).contains("demo / •••");
    assertThat(String.join("\n", raw)).doesNotContain("\"value\":\"" + PASSWORD).contains("\"secret\":true");
    Path log = Path.of("target/recorder-test.log");
    if (Files.exists(log)) {
      assertThat(Files.readString(log)).doesNotContain(PASSWORD);
    }
    replayGreen(dir, spec);
    // Recording and replay shared the process's one Playwright (the engine's pool).
    assertThat(PlaywrightPool.shared().created()).isEqualTo(1);
  }

  @Test
  void checkoutWithValidationTermsAndOrderModal(@TempDir Path dir) throws Exception {
    TestSpec spec = record(dir, "/checkout.html", DialogPolicy.acceptAll(), null, p -> {
      p.click("#place-order");
      p.waitForSelector("#name-error:visible");
      p.fill("#full-name", "Mia Berg");
      p.fill("#email", "mia@example.com");
      p.fill("#address", "Hauptstr. 1");
      p.selectOption("#country", "DE");
      p.check("#ship-express");
      p.click("#terms");
      p.click("#place-order");
      p.waitForSelector("[data-testid=order-dialog]:visible");
      p.click("#order-close");
    }, steps -> steps.stream().anyMatch(st -> isClickOn(st, "order-close")));

    List<Step> steps = spec.steps();
    assertThat(steps).as(describe(steps)).extracting(Step::action).containsExactly(Action.NAVIGATE, Action.CLICK,
        Action.FILL, Action.FILL, Action.FILL, Action.SELECT, Action.CHECK, Action.CHECK, Action.CLICK, Action.CLICK);
    assertThat(steps.get(1).target().primary()).isEqualTo(testId("place-order"));
    assertThat(steps.get(2).target().primary()).isEqualTo(testId("checkout-name"));
    assertThat(steps.get(5).target().primary()).isEqualTo(testId("checkout-country"));
    assertThat(steps.get(5).value()).isEqualTo("Germany");
    assertThat(steps.get(6).target().primary()).isEqualTo(testId("ship-express"));
    // The ARIA checkbox: a click on a div[role=checkbox] is recorded as the state it ends in.
    assertThat(steps.get(7).target().primary()).isEqualTo(testId("checkout-terms"));
    assertThat(steps.get(7).target().candidates()).contains(Locator.role("checkbox", "I accept the terms"));
    assertThat(steps.get(9).target().primary()).isEqualTo(testId("order-close"));
    replayGreen(dir, spec);
  }

  @Test
  void framesShadowDomPromptAndUpload(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.4 demo");
    TestSpec spec = record(dir, "/widgets.html", DialogPolicy.scripted(new DialogAnswer(true, "Mia", null)), null, p -> {
      var payment = p.frameLocator("iframe[name=payment]");
      payment.locator("#card-number").fill("4111111111111111");
      payment.locator("#pay-btn").click();
      payment.frameLocator("iframe[name=inner]").locator("#inner-btn").click();
      p.locator("rating-widget button[aria-label='Rate 4 stars']").click();
      p.click("#prompt-btn");
      p.waitForSelector("text=Prompt answer: Mia");
      p.setInputFiles("#file-input", file);
      p.click("#upload-btn");
      p.waitForSelector("text=Uploaded: report.pdf");
    }, steps -> steps.stream().anyMatch(st -> isClickOn(st, "upload-button")));

    List<Step> steps = spec.steps();
    assertThat(steps).as(describe(steps)).extracting(Step::action).containsExactly(Action.NAVIGATE, Action.FILL,
        Action.CLICK, Action.CLICK, Action.CLICK, Action.DIALOG, Action.CLICK, Action.UPLOAD, Action.CLICK);
    FrameRef payment = steps.get(1).frames().get(0);
    assertThat(payment.name()).isEqualTo("payment");
    assertThat(steps.get(1).target().primary()).isEqualTo(testId("card-number"));
    assertThat(steps.get(2).frames()).containsExactly(payment);
    assertThat(steps.get(3).frames()).hasSize(2);
    assertThat(steps.get(3).frames().get(1).name()).isEqualTo("inner");
    assertThat(steps.get(3).target().primary()).isEqualTo(testId("inner-button"));
    // Inside the open shadow root of <rating-widget>.
    Step star = steps.get(4);
    assertThat(star.frames()).isEmpty();
    assertThat(star.target().primary()).isEqualTo(testId("star-4"));
    assertThat(star.target().candidates()).contains(Locator.role("button", "Rate 4 stars"));
    assertThat(steps.get(5).dialog()).isEqualTo(new DialogAnswer(true, "Mia", "What is your name?"));
    assertThat(steps.get(7).value()).isEqualTo("report.pdf");
    assertThat(steps.get(7).target().primary()).isEqualTo(testId("file-input"));
    replayGreen(dir, spec);
  }

  @Test
  void dragHoverMenuNotesAndPopup(@TempDir Path dir) throws Exception {
    TestSpec spec = record(dir, "/widgets.html", DialogPolicy.acceptAll(), null, p -> {
      p.dragAndDrop("[data-testid=sort-alpha]", "[data-testid=sort-gamma]");
      p.waitForSelector("text=Order: Beta, Gamma, Alpha, Delta");
      p.hover("#more-btn");
      p.click("#menu-settings");
      p.click("#notes");
      p.keyboard().type("Ship on Monday");
      Page popup = p.waitForPopup(() -> p.click("#popup-link"));
      popup.waitForLoadState();
      popup.click("#popup-btn");
      popup.waitForSelector("text=Hello from the popup");
    }, steps -> steps.stream().anyMatch(st -> isClickOn(st, "popup-button")));

    List<Step> steps = spec.steps();
    assertThat(steps).as(describe(steps)).extracting(Step::action).containsExactly(Action.NAVIGATE, Action.DRAG,
        Action.HOVER, Action.CLICK, Action.TYPE, Action.CLICK, Action.CLICK);
    assertThat(steps.get(1).target().primary()).isEqualTo(testId("sort-alpha"));
    assertThat(steps.get(1).to().primary()).isEqualTo(testId("sort-gamma"));
    // The submenu is display:none until the menu is hovered: the hover is part of the test.
    assertThat(steps.get(2).target().fingerprint().id()).isIn("more-menu", "more-btn");
    assertThat(steps.get(3).target().primary()).isEqualTo(testId("menu-settings"));
    assertThat(steps.get(4).value()).isEqualTo("Ship on Monday");
    assertThat(steps.get(4).target().primary()).isEqualTo(testId("notes"));
    Step open = steps.get(5);
    assertThat(open.target().primary()).isEqualTo(testId("popup-link"));
    assertThat(open.opens()).isEqualTo("popup");
    assertThat(steps.get(6).page()).isEqualTo("popup");
    assertThat(steps.get(6).target().primary()).isEqualTo(testId("popup-button"));
    replayGreen(dir, spec);
  }

  // ------------------------------------------------------------------ support

  private static TestSpec record(Path dir, String path, DialogPolicy dialogs, List<String> raw, Consumer<Page> flow,
      Predicate<List<Step>> recorded) throws Exception {
    RecordingOptions o = RecordingOptions.forUrl(demo.baseUri().resolve(path).toString())
        .withHeadless(true).withSpecName("demo " + path).withDialogPolicy(dialogs);
    RecordingSession s = RecordingSession.start(o);
    if (raw != null) {
      s.rawTap = raw::add;
    }
    try {
      s.inPage("main", p -> {
        p.waitForLoadState();
        flow.accept(p);
        return null;
      });
      awaitSteps(s, recorded);
    } finally {
      s.stop();
    }
    Path file = dir.resolve("flow.spec.yaml");
    TestSpec spec = RecordToFile.saveWhenEnded(s, file);
    assertThat(SpecFormat.read(file)).isEqualTo(spec);
    return spec;
  }

  private static void replayGreen(Path dir, TestSpec spec) {
    Path file = dir.resolve("flow.spec.yaml");
    RunOptions options = RunOptions.builder(dir.resolve("artifacts")).backend(Backend.PLAYWRIGHT)
        .baseUrl(demo.baseUri().toString()).screenshots(false)
        .stepTimeout(Duration.ofSeconds(5)).argusHome(dir).build();
    SuiteResult result = new SpecRunner(options, new RecordingRunRepository(),
        name -> "password".equals(name) ? Optional.of(PASSWORD) : Optional.empty(), null)
        .run(List.of(SpecSource.of(spec, file)));
    String report = result.tests().get(0).steps().stream()
        .map(r -> r.stepId() + " " + r.title() + " " + r.status() + (r.error() == null ? "" : " " + r.error()))
        .collect(Collectors.joining("\n"));
    assertThat(result.allPassed())
        .as(describe(spec.steps()) + "\n---\n" + report + "\n" + result.tests().get(0).error()).isTrue();
  }

  private static boolean isClickOn(Step step, String testId) {
    return step.action() == Action.CLICK && step.target() != null
        && testId.equals(step.target().fingerprint().testid());
  }

  private static Locator testId(String value) {
    return Locator.testId("data-testid", value);
  }
}
