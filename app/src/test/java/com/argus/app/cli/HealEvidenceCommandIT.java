package com.argus.app.cli;

import static com.argus.app.cli.SpecCommandTest.argus;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.cli.SpecCommandTest.Result;
import com.argus.demo.DemoServer;
import com.argus.engine.heal.HealEvidence;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.ProposalStatus;
import com.argus.engine.replay.driver.Outline;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.StepHeal;
import com.argus.engine.run.StepResultRecord;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Healing's evidence and sharing end to end, from the command line on a real Derby workspace and
 * real Chromium against the demo app v1 → v2: proposals with before/after screenshots, heals stored
 * with step results and shown in the HTML report, approvals shared with other specs on the same
 * broken locator, approve for all, and {@code --heal auto} keeping its heals in the spec.
 */
class HealEvidenceCommandIT {
  private static final Path FIXTURES = Path.of("../engine/src/test/resources/replay");

  @TempDir Path dir;

  @Test
  void proposalsCarryScreenshotsStepResultsAndTheReportShowTheHealAndApprovalIsShared() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Path login = Files.copy(FIXTURES.resolve("heal-login.spec.yaml"), specs.resolve("login.spec.yaml"));
    // Another test of the same project that uses the same (soon broken) locators.
    Path relogin = Files.copy(FIXTURES.resolve("heal-login.spec.yaml"), specs.resolve("relogin.spec.yaml"));
    String home = home();
    try (DemoServer demo = DemoServer.start("v1", 0)) {
      argus("--home", home, "project", "create", "shop", "--base-url", demo.baseUri().toString(), "--specs", specs.toString());
      Result v1 = argus("--home", home, "run", "--project", "shop");
      assertThat(v1.exit()).as(v1.out() + v1.err()).isZero();

      demo.useVersion("v2");
      Path report = dir.resolve("report");
      Result review = argus("--home", home, "run", "--project", "shop", login.toString(), "--base-url", demo.baseUri().toString(),
          "--heal", "review", "--report", report.toString());
      assertThat(review.exit()).as(review.out() + review.err()).isZero();
      assertThat(review.out()).contains("heal: id=password -> data-testid=login-password");

      long pass = proposalId(home, "login.spec.yaml", "pass");
      long submit = proposalId(home, "login.spec.yaml", "submit");

      // 1. Evidence screenshots: both there, valid PNGs, the outline in the after one.
      HealProposal p = proposal(home, pass);
      Path before = Path.of(home).resolve(p.beforeScreenshot());
      Path after = Path.of(home).resolve(p.afterScreenshot());
      HealEvidence.Box outline = p.evidence().outline();
      int edgeX = (int) outline.x() - 2;
      int midY = (int) outline.y() + (int) outline.height() / 2;
      assertThat(png(after).getRGB(edgeX, midY) & 0xFFFFFF).isEqualTo(Outline.RGB);
      assertThat(png(before).getRGB(edgeX, midY) & 0xFFFFFF).isNotEqualTo(Outline.RGB);
      Result show = argus("--home", home, "heals", "show", String.valueOf(pass));
      assertThat(show.out()).contains("before: " + before).contains("after:  " + after);

      // 2. The heal is stored with the step result and shown in the report.
      try (Workspace ws = workspace(home)) {
        RunRecord run = ws.runs().runsOfSpec(p.projectId(), "login.spec.yaml", 1).get(0);
        StepResultRecord step = ws.runs().stepResults(run.id()).stream().filter(s -> s.stepId().equals("pass")).findFirst()
            .orElseThrow();
        StepHeal heal = step.heal();
        assertThat(heal.oldLocator()).isEqualTo("id=password");
        assertThat(heal.newLocator()).isEqualTo("data-testid=login-password");
        assertThat(heal.disposition()).isEqualTo("review");
        assertThat(heal.score()).isBetween(0.35, 1.0);
        assertThat(heal.proposalId()).isEqualTo(pass);
        assertThat(heal.afterScreenshot()).isEqualTo(Path.of(p.afterScreenshot()));
        assertThat(ws.runs().stepResults(run.id()).stream().filter(s -> s.stepId().equals("open-login")).findFirst()
            .orElseThrow().heal()).isNull();
      }
      String html = Files.readString(report.resolve("index.html"));
      assertThat(html).contains("<div class=\"heal\">").contains("<code>id=password</code> &rarr; <code>data-testid=login-password</code>")
          .contains("pill d-review").contains("proposal #" + pass).contains("heal-pass-after.png").contains("heal-pass-before.png");
      assertThat(Files.readString(report.resolve("results.json"))).contains("\"disposition\" : \"review\"");

      // 3. Approve for all: both specs get the submit button's new locator at once, without asking.
      Result all = argus("--home", home, "heals", "approve", String.valueOf(submit), "--all");
      assertThat(all.exit()).as(all.err()).isZero();
      assertThat(all.out()).contains("2 spec file(s)");
      Locator newSubmit = proposal(home, submit).newLocator();
      assertThat(primary(login, "submit")).isEqualTo(newSubmit);
      assertThat(primary(relogin, "submit")).isEqualTo(newSubmit);
      assertThat(SpecFormat.read(relogin).step("submit").orElseThrow().target().candidates())
          .contains(Locator.of(LocatorStrategy.ID, "login-btn"));

      // 4. A plain approval shares the fix too: relogin.spec.yaml's own relocation of the password
      // field (its own last good fingerprint against the candidates stored with the proposal)
      // agrees above the auto threshold, so its file is rewritten and the share is recorded.
      Result approved = argus("--home", home, "heals", "approve", String.valueOf(pass));
      assertThat(approved.exit()).as(approved.err()).isZero();
      assertThat(approved.out()).contains("relogin.spec.yaml step pass");
      assertThat(primary(login, "pass")).isEqualTo(Locator.testId("data-testid", "login-password"));
      assertThat(primary(relogin, "pass")).isEqualTo(Locator.testId("data-testid", "login-password"));
      assertThat(SpecFormat.read(relogin).step("pass").orElseThrow().target().candidates())
          .contains(Locator.of(LocatorStrategy.ID, "password"));
      try (Workspace ws = workspace(home)) {
        List<HealProposal> shared = ws.healProposals().list(null, null).stream()
            .filter(x -> x.specKey().equals("relogin.spec.yaml") && x.stepId().equals("pass")).toList();
        assertThat(shared).singleElement().satisfies(x -> {
          assertThat(x.status()).isEqualTo(ProposalStatus.APPROVED);
          assertThat(x.newLocator()).isEqualTo(Locator.testId("data-testid", "login-password"));
          assertThat(x.evidence().sharedFrom()).isEqualTo(pass);
        });
      }
    }
  }

  @Test
  void autoModeKeepsItsHealsInTheSpecAndStoresThemWithTheStepResults() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Path spec = Files.copy(FIXTURES.resolve("heal-auto.spec.yaml"), specs.resolve("widgets.spec.yaml"));
    String home = home();
    try (DemoServer demo = DemoServer.start("v1", 0)) {
      argus("--home", home, "project", "create", "shop", "--base-url", demo.baseUri().toString(), "--specs", specs.toString());
      assertThat(argus("--home", home, "run", "--project", "shop").exit()).isZero();

      demo.useVersion("v2");
      Result auto = argus("--home", home, "run", "--project", "shop", "--heal", "auto");
      assertThat(auto.exit()).as(auto.out() + auto.err()).isZero();
      assertThat(auto.out()).contains("spec updated: widgets.spec.yaml now tries data-testid=confirm-button first");
      assertThat(primary(spec, "delete")).isEqualTo(Locator.testId("data-testid", "confirm-button"));
      try (Workspace ws = workspace(home)) {
        long project = ws.projects().findByName("shop").orElseThrow().id();
        RunRecord run = ws.runs().runsOfSpec(project, "widgets.spec.yaml", 1).get(0);
        StepHeal heal = ws.runs().stepResults(run.id()).stream().filter(s -> s.stepId().equals("delete")).findFirst()
            .orElseThrow().heal();
        assertThat(heal.disposition()).isEqualTo("auto");
        assertThat(heal.proposalId()).isNull();
        assertThat(heal.note()).contains("spec updated");
        assertThat(ws.healProposals().list(project, ProposalStatus.PENDING)).isEmpty();
      }

      Result next = argus("--home", home, "run", "--project", "shop");
      assertThat(next.exit()).as("the next run needs no heal: " + next.out()).isZero();
      assertThat(next.out()).doesNotContain("heal:");
    }
  }

  private String home() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("secrets.properties"), "password=demo123\n");
    return home.toString();
  }

  private static Workspace workspace(String home) {
    return Workspace.open(ArgusHome.at(Path.of(home)));
  }

  private static long proposalId(String home, String specKey, String stepId) {
    try (Workspace ws = workspace(home)) {
      return ws.healProposals().list(null, ProposalStatus.PENDING).stream()
          .filter(p -> p.specKey().equals(specKey) && p.stepId().equals(stepId)).findFirst().orElseThrow().id();
    }
  }

  private static HealProposal proposal(String home, long id) {
    try (Workspace ws = workspace(home)) {
      return ws.healProposals().find(id).orElseThrow();
    }
  }

  private static Locator primary(Path spec, String stepId) {
    return SpecFormat.read(spec).step(stepId).orElseThrow().target().primary();
  }

  private static BufferedImage png(Path file) throws Exception {
    assertThat(file).isRegularFile();
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image).as("a valid PNG: " + file).isNotNull();
    return image;
  }
}
