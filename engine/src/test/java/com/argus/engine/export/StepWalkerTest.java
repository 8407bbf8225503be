package com.argus.engine.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.DialogAnswer;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.MatchMode;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.StepOptions;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.TestSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action and assertion kind of the spec model becomes operations in one walker, and both
 * languages render every operation the walker can produce.
 */
class StepWalkerTest {
  private static final Target B = Target.of(Locator.of(LocatorStrategy.CSS, "#b"));
  private static final Target C = Target.of(Locator.of(LocatorStrategy.CSS, "#c"));

  /** A spec whose last step is the one under test, and what each language writes for it. */
  record Case(String name, Action action, AssertionKind kind, List<Step> steps, String ts, String java) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Step step(Action action, Target target, String value) {
    return Step.of("s", action, target, value);
  }

  static Step assertion(AssertionKind kind, Target target, String expected, MatchMode match, String attribute) {
    return new Step("s", null, Action.ASSERT, target, null, null, null,
        new Assertion(kind, expected, match, attribute), null, null, null, null);
  }

  static Case action(Action a, Step s, String ts, String java) {
    return new Case(a.fileName(), a, null, List.of(s), ts, java);
  }

  static Case check(AssertionKind k, Step s, String ts, String java) {
    return new Case("assert " + k.fileName(), Action.ASSERT, k, List.of(s), ts, java);
  }

  static Stream<Case> cases() {
    return Stream.of(
        action(Action.NAVIGATE, step(Action.NAVIGATE, null, "/a"), "await page.goto('/a');", "page.navigate(\"/a\");"),
        action(Action.BACK, step(Action.BACK, null, null), "await page.goBack();", "page.goBack();"),
        action(Action.FORWARD, step(Action.FORWARD, null, null), "await page.goForward();", "page.goForward();"),
        action(Action.RELOAD, step(Action.RELOAD, null, null), "await page.reload();", "page.reload();"),
        action(Action.CLICK, step(Action.CLICK, B, null), "await page.locator('#b').click();",
            "page.locator(\"#b\").click();"),
        action(Action.DBLCLICK, step(Action.DBLCLICK, B, null), "await page.locator('#b').dblclick();",
            "page.locator(\"#b\").dblclick();"),
        action(Action.RIGHTCLICK, step(Action.RIGHTCLICK, B, null), "await page.locator('#b').click({ button: 'right' });",
            "page.locator(\"#b\").click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));"),
        action(Action.FILL, step(Action.FILL, B, "x"), "await page.locator('#b').fill('x');",
            "page.locator(\"#b\").fill(\"x\");"),
        action(Action.TYPE, step(Action.TYPE, B, "x"), "await page.locator('#b').pressSequentially('x');",
            "page.locator(\"#b\").pressSequentially(\"x\");"),
        action(Action.PRESS, step(Action.PRESS, null, "Enter"), "await page.keyboard.press('Enter');",
            "page.keyboard().press(\"Enter\");"),
        action(Action.SELECT, step(Action.SELECT, B, "a"), "await page.locator('#b').selectOption('a');",
            "page.locator(\"#b\").selectOption(\"a\");"),
        action(Action.CHECK, step(Action.CHECK, B, null), "await page.locator('#b').check();",
            "page.locator(\"#b\").check();"),
        action(Action.UNCHECK, step(Action.UNCHECK, B, null), "await page.locator('#b').uncheck();",
            "page.locator(\"#b\").uncheck();"),
        action(Action.HOVER, step(Action.HOVER, B, null), "await page.locator('#b').hover();",
            "page.locator(\"#b\").hover();"),
        action(Action.DRAG, new Step("s", null, Action.DRAG, B, null, C, null, null, null, null, null, null),
            "await page.locator('#b').dragTo(page.locator('#c'));", "page.locator(\"#b\").dragTo(page.locator(\"#c\"));"),
        action(Action.UPLOAD, step(Action.UPLOAD, B, "/abs/report.txt"),
            "await page.locator('#b').setInputFiles(path.resolve(__dirname, '/abs/report.txt'));",
            "page.locator(\"#b\").setInputFiles(file(\"/abs/report.txt\"));"),
        action(Action.SWITCH_FRAME, new Step("s", null, Action.SWITCH_FRAME, null, null, null, null, null, null, null,
            List.of(FrameRef.named("pay")), null), "// Now in ", "// Now in "),
        new Case("switch_page", Action.SWITCH_PAGE, null, List.of(
            new Step("o", null, Action.CLICK, B, null, null, null, null, "help", null, null, null),
            step(Action.SWITCH_PAGE, null, "help")), "await help.bringToFront();", "help.bringToFront();"),
        action(Action.CLOSE_PAGE, step(Action.CLOSE_PAGE, null, null), "await page.close();", "page.close();"),
        action(Action.DIALOG, new Step("s", null, Action.DIALOG, null, null, null, new DialogAnswer(true, "hi", null),
            null, null, null, null, null), "page.once('dialog', dialog => dialog.accept('hi'));",
            "page.onceDialog(dialog -> dialog.accept(\"hi\"));"),
        action(Action.WAIT, step(Action.WAIT, null, "500"), "await page.waitForTimeout(500);",
            "page.waitForTimeout(500);"),
        action(Action.WARNING, step(Action.WARNING, null, "a canvas"), "// Recording gap: a canvas",
            "// Recording gap: a canvas"),
        check(AssertionKind.VISIBLE, assertion(AssertionKind.VISIBLE, B, null, null, null),
            "await expect(page.locator('#b')).toBeVisible();", "assertThat(page.locator(\"#b\")).isVisible();"),
        check(AssertionKind.HIDDEN, assertion(AssertionKind.HIDDEN, B, null, null, null),
            "await expect(page.locator('#b')).toBeHidden();", "assertThat(page.locator(\"#b\")).isHidden();"),
        check(AssertionKind.TEXT, assertion(AssertionKind.TEXT, B, "t", MatchMode.CONTAINS, null),
            "await expect(page.locator('#b')).toContainText('t');",
            "assertThat(page.locator(\"#b\")).containsText(\"t\");"),
        check(AssertionKind.VALUE, assertion(AssertionKind.VALUE, B, "v", null, null),
            "await expect(page.locator('#b')).toHaveValue('v');", "assertThat(page.locator(\"#b\")).hasValue(\"v\");"),
        check(AssertionKind.CHECKED, assertion(AssertionKind.CHECKED, B, "false", null, null),
            "await expect(page.locator('#b')).not.toBeChecked();",
            "assertThat(page.locator(\"#b\")).not().isChecked();"),
        check(AssertionKind.COUNT, assertion(AssertionKind.COUNT, B, "3", null, null),
            "await expect(page.locator('#b')).toHaveCount(3);", "assertThat(page.locator(\"#b\")).hasCount(3);"),
        check(AssertionKind.ATTRIBUTE, assertion(AssertionKind.ATTRIBUTE, B, "/x", null, "href"),
            "await expect(page.locator('#b')).toHaveAttribute('href', '/x');",
            "assertThat(page.locator(\"#b\")).hasAttribute(\"href\", \"/x\");"),
        check(AssertionKind.URL, assertion(AssertionKind.URL, null, "done$", MatchMode.MATCHES, null),
            "await expect(page).toHaveURL(/done$/);", "assertThat(page).hasURL(Pattern.compile(\"done$\"));"),
        check(AssertionKind.TITLE, assertion(AssertionKind.TITLE, null, "Shop", null, null),
            "await expect(page).toHaveTitle('Shop');", "assertThat(page).hasTitle(\"Shop\");"));
  }

  static SpecPlan plan(List<Step> steps) {
    return new SpecPlan(new SpecSource(TestSpec.named("Walk", "http://127.0.0.1/", steps), null));
  }

  @Test
  void everyActionAndAssertionKindHasACase() {
    Set<Action> actions = EnumSet.noneOf(Action.class);
    Set<AssertionKind> kinds = EnumSet.noneOf(AssertionKind.class);
    cases().forEach(c -> {
      actions.add(c.action());
      if (c.kind() != null) {
        kinds.add(c.kind());
      }
    });
    assertThat(actions).containsExactlyInAnyOrder(Action.values());
    assertThat(kinds).containsExactlyInAnyOrder(AssertionKind.values());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theWalkerTurnsTheStepIntoOperationsBothLanguagesWrite(Case c) {
    SpecPlan plan = plan(c.steps());
    List<StepWalker.WalkedStep> walked = new StepWalker(plan, ExportFormat.PLAYWRIGHT_TS).steps();
    List<Operation> ops = walked.get(walked.size() - 1).operations();
    assertThat(ops).as("operations of %s", c).isNotEmpty().noneMatch(o -> o instanceof Operation.Unsupported);
    assertThat(plan.unsupported).isEmpty();

    assertThat(new TsTestWriter(plan(c.steps())).write()).contains(c.ts());
    assertThat(new JavaTestWriter(plan(c.steps())).write()).contains(c.java());
  }

  @Test
  void bothLanguagesRenderEveryOperationTheWalkerMakes() {
    List<Operation> all = new ArrayList<>();
    cases().forEach(c -> new StepWalker(plan(c.steps()), ExportFormat.PLAYWRIGHT_TS).steps().forEach(s -> all.addAll(s.operations())));
    // The operations the cases above do not reach: a timeout-free JavaScript wait, a select of
    // several options, an element wait, and a step Playwright cannot express.
    SpecPlan more = plan(List.of(step(Action.WAIT, null, "window.ready"), step(Action.SELECT, B, "a\nb"),
        step(Action.WAIT, B, null), step(Action.CLICK, Target.of(Locator.role("nonsense", "X")), null)));
    new StepWalker(more, ExportFormat.PLAYWRIGHT_TS).steps().forEach(s -> all.addAll(s.operations()));

    Set<Class<?>> made = new HashSet<>();
    all.forEach(o -> made.add(o.getClass()));
    assertThat(made).containsExactlyInAnyOrder(Arrays.stream(Operation.class.getPermittedSubclasses())
        .toArray(Class<?>[]::new));

    SpecPlan plan = plan(List.of());
    TsTestWriter ts = new TsTestWriter(plan);
    JavaTestWriter java = new JavaTestWriter(plan);
    for (Operation op : all) {
      Code tsCode = new Code(0);
      Code javaCode = new Code(0);
      ts.render(op, tsCode);
      java.render(op, javaCode);
      assertThat(tsCode.isEmpty()).as("TypeScript for %s", op).isFalse();
      assertThat(javaCode.isEmpty()).as("Java for %s", op).isFalse();
    }
  }

  @Test
  void aDisabledStepIsShownButReportsNothing() {
    Step disabled = new Step("off", null, Action.CLICK, Target.of(Locator.role("nonsense", "X")), null, null, null,
        null, null, null, null, new StepOptions(null, false, null));
    SpecPlan plan = plan(List.of(disabled));
    String ts = new TsTestWriter(plan).write();
    assertThat(plan.unsupported).isEmpty();
    assertThat(ts).contains("// Disabled in the spec:")
        .contains("// test.fixme(true, 'Argus could not export step \\'off\\': none of its locators");
  }
}
