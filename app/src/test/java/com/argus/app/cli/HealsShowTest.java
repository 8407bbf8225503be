package com.argus.app.cli;

import static com.argus.app.cli.SpecCommandTest.argus;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.cli.SpecCommandTest.Result;
import com.argus.app.common.ImmediateTaskRunner;
import com.argus.app.heal.EngineHealQueue;
import com.argus.app.heal.HealReviewViewModel;
import com.argus.app.service.HealingService;
import com.argus.engine.heal.FailureType;
import com.argus.engine.heal.HealEvidence;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealReviewItem;
import com.argus.engine.locate.FingerprintProperty;
import com.argus.engine.locate.PropertyScore;
import com.argus.engine.locate.RankedCandidate;
import com.argus.engine.locate.ScoreBreakdown;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code argus heals show} and the review screen tell a person the same things about a proposal,
 * read from one stored proposal in a real workspace.
 */
class HealsShowTest {
  @TempDir Path dir;

  @Test
  void theCommandLineShowsWhatTheReviewScreenShows() throws Exception {
    Path home = dir.resolve("home");
    long id;
    try (Workspace ws = Workspace.open(ArgusHome.at(home))) {
      long project = ws.projects().create("shop", null, dir.resolve("specs").toString()).id();
      Path shots = Files.createDirectories(home.resolve("artifacts/run-3"));
      Files.write(shots.resolve("heal-pass-before.png"), new byte[] {1});
      HealEvidence evidence = HealEvidence.builder().page("http://shop.test/login").source("similarity").decision("review")
          .reason("two candidates are alike (margin 0.04 < 0.10)").candidateCount(17)
          .best(new RankedCandidate(4, 0.74, new ScoreBreakdown(0.74, List.of(
              new PropertyScore(FingerprintProperty.ACCESSIBLE_NAME, 0.9, 1.5, 0.31),
              new PropertyScore(FingerprintProperty.PLACEHOLDER, 0.35, 1.0, 0.1)))))
          .runnerUp(new RankedCandidate(9, 0.70, new ScoreBreakdown(0.70, List.of())))
          .screenshots(new HealEvidence.ScreenshotNotes("the page before this step in run 2", "no screenshot: the page closed", null))
          .thresholds(new HealEvidence.Thresholds(0.8, 0.1, 0.35, 0.9, 0.5)).trace(List.of("similarity: review")).chosenIndex(4).build();
      id = ws.healProposals().add(HealProposal.builder().projectId(project).runId(3L).specKey("login.spec.yaml").stepId("pass")
          .failureType(FailureType.SELECTOR_CHANGED).locators(Locator.of(LocatorStrategy.ID, "password"),
              Locator.testId("data-testid", "login-password")).score(0.74).runnerUpScore(0.70).fingerprintKey("fp")
          .evidence(evidence).screenshots("artifacts/run-3/heal-pass-before.png", null).build()).id();
    }

    HealReviewItem onScreen;
    try (Workspace ws = Workspace.open(ArgusHome.at(home))) {
      HealReviewViewModel vm = new HealReviewViewModel(new EngineHealQueue(HealingService.review(ws),
          stored -> HealingService.stored(ws, stored), "ana"), new ImmediateTaskRunner(), null);
      vm.load();
      onScreen = vm.selectedProperty().get();
    }
    Result show = argus("--home", home.toString(), "heals", "show", String.valueOf(id));

    assertThat(show.exit()).as(show.err()).isZero();
    assertThat(onScreen.id()).isEqualTo(id);
    assertThat(onScreen.scores()).containsKeys("accessible name", "placeholder");
    assertThat(onScreen.reasons()).contains("two candidates are alike (margin 0.04 < 0.10)", "Page: http://shop.test/login",
        "17 candidate elements scored");
    assertThat(onScreen.runnerUp()).isEqualTo("candidate #9");
    assertThat(onScreen.afterMissing()).isEqualTo("no screenshot: the page closed");
    assertThat(show.out()).contains(onScreen.specKey(), onScreen.stepId(), onScreen.failureType(), onScreen.oldLocator(),
        onScreen.newLocator(), two(onScreen.confidence()), onScreen.runnerUp(), two(onScreen.runnerUpScore()),
        two(onScreen.margin()), onScreen.beforeScreenshot().toString(), onScreen.afterMissing());
    onScreen.scores().forEach((property, score) -> assertThat(show.out()).contains(property + ": " + two(score)));
    onScreen.reasons().forEach(reason -> assertThat(show.out()).contains(reason));
    assertThat(show.out()).contains("thresholds: auto-apply 0.80", "knowledge base 0.90", "similarity: review", "chosen: candidate #4")
        .doesNotContain("{\"");
  }

  private static String two(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
