package com.argus.engine.spec.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.Variable;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecEditHistoryTest {
  static final TestSpec SPEC = TestSpec.named("Login", "http://127.0.0.1/", List.of(
      Step.of("open", Action.NAVIGATE, null, "/login"),
      Step.of("user", Action.FILL, Target.of(Locator.of(LocatorStrategy.LABEL, "User"),
          Locator.of(LocatorStrategy.CSS, "#user")), "demo"),
      Step.of("go", Action.CLICK, Target.of(Locator.role("button", "Sign in")), null)));

  @Test
  void undoRestoresTheSpecBeforeTheEditAndRedoReappliesIt() {
    SpecEditHistory h = new SpecEditHistory(SPEC);
    h.apply(new StepEdits.SetValue("user", "admin"));
    assertThat(h.current().step("user").orElseThrow().value()).isEqualTo("admin");
    assertThat(h.isDirty()).isTrue();
    assertThat(h.undoDescription()).contains("Change value of step 'user'");

    h.undo();
    assertThat(h.current()).isEqualTo(SPEC);
    assertThat(h.isDirty()).isFalse();
    h.redo();
    assertThat(h.current().step("user").orElseThrow().value()).isEqualTo("admin");
  }

  @Test
  void aNewEditClearsRedoAndNoOpEditsAreNotRecorded() {
    SpecEditHistory h = new SpecEditHistory(SPEC);
    assertThat(h.apply(new StepEdits.SetValue("user", "demo"))).isFalse();
    assertThat(h.canUndo()).isFalse();
    h.apply(new StepEdits.SetEnabled("go", false));
    h.undo();
    h.apply(new StepEdits.DeleteStep("open"));
    assertThat(h.canRedo()).isFalse();
  }

  @Test
  void movesInsertsDeletesAndDisablesSteps() {
    TestSpec moved = new StepEdits.MoveStep("go", 0).apply(SPEC);
    assertThat(moved.steps()).extracting(Step::id).containsExactly("go", "open", "user");
    TestSpec inserted = new StepEdits.InsertStep(1, Step.of(StepEdits.freshId(SPEC, "open"), Action.RELOAD, null, null)).apply(SPEC);
    assertThat(inserted.steps()).extracting(Step::id).containsExactly("open", "open-2", "user", "go");
    assertThat(new StepEdits.DeleteStep("user").apply(SPEC).steps()).hasSize(2);
    assertThat(new StepEdits.SetEnabled("go", false).apply(SPEC).step("go").orElseThrow().isEnabled()).isFalse();
    assertThatThrownBy(() -> new StepEdits.DeleteStep("nope").apply(SPEC)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingThePrimaryLocatorKeepsTheOtherCandidatesBehindIt() {
    TestSpec s = new StepEdits.SetPrimaryLocator("user", LocatorText.parse("placeholder=Your name")).apply(SPEC);
    assertThat(s.step("user").orElseThrow().target().candidates()).extracting(Locator::describe)
        .containsExactly("placeholder=Your name", "css=#user");
    TestSpec preferred = new StepEdits.PreferCandidate("user", Locator.of(LocatorStrategy.CSS, "#user")).apply(SPEC);
    assertThat(preferred.step("user").orElseThrow().target().primary().value()).isEqualTo("#user");
  }

  @Test
  void secretVariablesNeverKeepAValue() {
    TestSpec s = new SpecEdits.SetVariables(List.of(new Variable("password", "hunter2", true))).apply(SPEC);
    assertThat(s.variables()).containsExactly(Variable.secret("password"));
  }

  @Test
  void readsLocatorsAsTheyAreShown() {
    assertThat(LocatorText.parse("role=button[name=\"Sign in\"]")).isEqualTo(Locator.role("button", "Sign in"));
    assertThat(LocatorText.parse("data-qa=login")).isEqualTo(Locator.testId("data-qa", "login"));
    assertThat(LocatorText.parse("input[type=text]").strategy()).isEqualTo(LocatorStrategy.CSS);
    assertThat(LocatorText.parse("//button").strategy()).isEqualTo(LocatorStrategy.XPATH);
    assertThat(LocatorText.parse("text=Welcome")).isEqualTo(Locator.of(LocatorStrategy.TEXT, "Welcome"));
  }

  @Test
  void diffsLinesOfTwoVersions() {
    assertThat(LineDiff.diff("a\nb\nc", "a\nx\nc")).extracting(LineDiff.Line::toString)
        .containsExactly("  a", "- b", "+ x", "  c");
  }
}
