package com.argus.engine.heal;

import static com.argus.engine.locate.Fingerprints.button;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.locate.Decision;
import com.argus.engine.locate.SimilarityWeights;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.AssertionKind;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

public class HealingPipelineTest {
  static final String URL = "http://127.0.0.1:8080/login?next=/home";
  static final Locator BROKEN = Locator.of(LocatorStrategy.ID, "login");
  static final Locator FALLBACK = Locator.role("button", "Sign in");
  public static final ElementFingerprint BASELINE = button("login", "Sign in", "/html/body/form/button[1]", 100, 200, "Email Password Forgot password?");
  public static final ElementFingerprint MOVED = button("login-7f3a", "Sign in", "/html/body/form/div/button[1]", 100, 210, "Email Password Forgot password?");
  public static final ElementFingerprint CANCEL = button("cancel", "Cancel", "/html/body/form/button[2]", 200, 200, "Email Password");

  final InMemoryHealingStore store = new InMemoryHealingStore();
  final HealingPipeline pipeline = new HealingPipeline(SimilarityWeights.defaults(), HealingSettings.DEFAULTS, store, store);

  static Step click(Locator... locators) {
    return Step.of("s1", Action.CLICK, new Target(List.of(locators), BASELINE), null);
  }

  static StepFailure notFound(Step step) {
    return new StepFailure(null, "login.yaml", step, StepFailure.Signal.NOT_FOUND, "not found", null, URL, null);
  }

  FakePage page() {
    return new FakePage(URL, List.of(CANCEL, MOVED));
  }

  @Test
  void stepsAreListedInPipelineOrder() {
    assertThat(pipeline.steps()).extracting(s -> s.getClass().getSimpleName())
        .containsExactly("ClassifyFailure", "TryFallbackLocators", "ConsultKnowledgeBase", "RelocateBySimilarity", "Decide");
  }

  @Test
  void healsRenamedButtonBySimilarity() {
    HealResult r = pipeline.heal(notFound(click(BROKEN)), page());
    assertThat(r.outcome()).isEqualTo(HealOutcome.HEALED);
    assertThat(r.source()).isEqualTo(HealSource.SIMILARITY);
    assertThat(r.failureType()).isEqualTo(FailureType.SELECTOR_CHANGED);
    assertThat(r.newLocator()).isEqualTo(Locator.of(LocatorStrategy.ID, "login-7f3a"));
    assertThat(r.relocation().runnerUp()).isPresent();
    assertThat(r.trace()).hasSize(5);
  }

  @Test
  void neverHealsAStepThatAssertsHiddenness() {
    Step hidden = new Step("s1", null, Action.ASSERT, new Target(List.of(BROKEN), BASELINE), null, null, null,
        Assertion.of(AssertionKind.HIDDEN, null), null, null, null, null);
    HealResult r = pipeline.heal(new StepFailure(null, "x.yaml", hidden, StepFailure.Signal.ASSERTION_FAILED, "visible", null, URL, MOVED), page());
    assertThat(r.outcome()).isEqualTo(HealOutcome.NOT_HEALABLE);
    assertThat(r.newLocator()).isNull();
  }

  @Test
  void neverHealsACountOfZero() {
    Step none = new Step("s1", null, Action.ASSERT, new Target(List.of(BROKEN), BASELINE), null, null, null,
        Assertion.of(AssertionKind.COUNT, "0"), null, null, null, null);
    assertThat(pipeline.heal(notFound(none), page()).outcome()).isEqualTo(HealOutcome.NOT_HEALABLE);
  }

  @Test
  void aSlowElementIsRetriedNotHealed() {
    FakePage p = page().finds(BROKEN, 1);
    HealResult r = pipeline.heal(notFound(click(BROKEN)), p);
    assertThat(r.outcome()).isEqualTo(HealOutcome.RETRY);
    assertThat(r.failureType()).isEqualTo(FailureType.TIMING_ISSUE);
  }

  @Test
  void aPageErrorIsARealBug() {
    StepFailure f = new StepFailure(null, "x.yaml", click(BROKEN), StepFailure.Signal.PAGE_ERROR, "500", null, URL, null);
    HealResult r = pipeline.heal(f, page());
    assertThat(r.outcome()).isEqualTo(HealOutcome.NOT_HEALED);
    assertThat(r.failureType()).isEqualTo(FailureType.REAL_BUG);
  }

  @Test
  void fallbackLocatorComesBeforeTheKnowledgeBase() {
    store.record(null, HealingKeys.patternKey(BROKEN, FailureType.SELECTOR_CHANGED, URL), URL, FailureType.SELECTOR_CHANGED, BROKEN,
        Locator.of(LocatorStrategy.ID, "cancel"), true);
    HealResult r = pipeline.heal(notFound(click(BROKEN, FALLBACK)), page().finds(FALLBACK, 1).finds(Locator.of(LocatorStrategy.ID, "cancel"), 0));
    assertThat(r.source()).isEqualTo(HealSource.FALLBACK_LOCATOR);
    assertThat(r.outcome()).isEqualTo(HealOutcome.HEALED);
    assertThat(r.newLocator()).isEqualTo(FALLBACK);
  }

  @Test
  void aFallbackFindingSomethingElseIsOnlyProposed() {
    HealResult r = pipeline.heal(notFound(click(BROKEN, FALLBACK)), page().finds(FALLBACK, 0));
    assertThat(r.outcome()).isEqualTo(HealOutcome.PROPOSED);
    assertThat(r.decision()).isEqualTo(Decision.REVIEW);
  }

  @Test
  void confidentKnowledgeIsAppliedWithoutSimilarity() {
    Locator known = Locator.testId("data-testid", "signin");
    learn(known, 10, 0);
    HealResult r = pipeline.heal(notFound(click(BROKEN)), page().finds(known, 0)); // even onto another element: >0.9 is trusted
    assertThat(r.source()).isEqualTo(HealSource.KNOWLEDGE_BASE);
    assertThat(r.outcome()).isEqualTo(HealOutcome.HEALED);
    assertThat(r.relocation()).isNull();
  }

  @Test
  void middlingKnowledgeIsAppliedOnlyWhenVerified() {
    Locator known = Locator.testId("data-testid", "signin");
    learn(known, 7, 3);
    HealResult verified = pipeline.heal(notFound(click(BROKEN)), page().finds(known, 1));
    assertThat(verified.source()).isEqualTo(HealSource.KNOWLEDGE_BASE);
    assertThat(verified.score()).isNotNull();
    HealResult notVerified = pipeline.heal(notFound(click(BROKEN)), page().finds(known, 0));
    assertThat(notVerified.source()).isEqualTo(HealSource.SIMILARITY);
    assertThat(notVerified.trace()).anyMatch(t -> t.contains("not verified"));
  }

  @Test
  void weakKnowledgeIsSkipped() {
    Locator known = Locator.testId("data-testid", "signin");
    learn(known, 2, 3);
    HealResult r = pipeline.heal(notFound(click(BROKEN)), page().finds(known, 1));
    assertThat(r.source()).isEqualTo(HealSource.SIMILARITY);
    assertThat(r.trace()).anyMatch(t -> t.contains("below 0.5"));
  }

  @Test
  void aRejectedFixIsNeverProposedAgainForThatElement() {
    Locator fix = Locator.of(LocatorStrategy.ID, "login-7f3a");
    store.add(HealProposal.builder().id(1L).specKey("login.yaml").stepId("s1").status(ProposalStatus.REJECTED)
        .failureType(FailureType.SELECTOR_CHANGED).locators(BROKEN, fix).score(0.9).runnerUpScore(0.4)
        .fingerprintKey(HealingKeys.fingerprintKey(BASELINE)).createdAt(Instant.EPOCH).build());
    HealResult r = pipeline.heal(notFound(click(BROKEN)), page());
    assertThat(r.newLocator()).isNotEqualTo(fix);
    assertThat(r.outcome()).isNotEqualTo(HealOutcome.HEALED);
  }

  @Test
  void aPageThatMovedIsNeverHealedAutomatically() {
    FakePage elsewhere = new FakePage("http://127.0.0.1:8080/signin", List.of(CANCEL, MOVED));
    HealResult r = pipeline.heal(notFound(click(BROKEN)), elsewhere);
    assertThat(r.failureType()).isEqualTo(FailureType.UI_CHANGE);
    assertThat(r.outcome()).isEqualTo(HealOutcome.PROPOSED);
  }

  @Test
  void nothingPlausibleIsNotHealed() {
    HealResult r = pipeline.heal(notFound(click(BROKEN)), new FakePage(URL, List.of()));
    assertThat(r.outcome()).isEqualTo(HealOutcome.NOT_HEALED);
    assertThat(r.decision()).isEqualTo(Decision.NONE);
  }

  @Test
  void onlyAHealThatLetTheStepSucceedCounts() {
    StepFailure f = notFound(click(BROKEN));
    HealResult r = pipeline.heal(f, page());
    pipeline.learn(f, URL, r, true);
    pipeline.learn(f, URL, r, false);
    HealingPattern p = store.find(null, HealingKeys.patternKey(BROKEN, FailureType.SELECTOR_CHANGED, URL)).get(0);
    assertThat(p.successes()).isEqualTo(1);
    assertThat(p.failures()).isEqualTo(1);
    assertThat(p.confidence()).isEqualTo(0.5);
  }

  @Test
  void theKnowledgeKeyIgnoresQueryStrings() {
    assertThat(HealingKeys.patternKey(BROKEN, FailureType.SELECTOR_CHANGED, URL))
        .isEqualTo(HealingKeys.patternKey(BROKEN, FailureType.SELECTOR_CHANGED, "http://127.0.0.1:8080/login#x"));
  }

  private void learn(Locator after, int successes, int failures) {
    String key = HealingKeys.patternKey(BROKEN, FailureType.SELECTOR_CHANGED, URL);
    for (int i = 0; i < successes; i++) {
      store.record(null, key, URL, FailureType.SELECTOR_CHANGED, BROKEN, after, true);
    }
    for (int i = 0; i < failures; i++) {
      store.record(null, key, URL, FailureType.SELECTOR_CHANGED, BROKEN, after, false);
    }
  }
}
