package com.argus.store.heal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ArgusException;
import com.argus.engine.heal.FailureType;
import com.argus.engine.heal.FixType;
import com.argus.engine.heal.HealEvidence;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealProposalRepository;
import com.argus.engine.heal.HealingPattern;
import com.argus.engine.heal.HealingPatternRepository;
import com.argus.engine.heal.ProposalStatus;
import com.argus.engine.locate.FingerprintProperty;
import com.argus.engine.locate.PropertyScore;
import com.argus.engine.locate.RankedCandidate;
import com.argus.engine.locate.ScoreBreakdown;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.store.ArgusHome;
import com.argus.store.TickingClock;
import com.argus.store.Workspace;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerbyHealRepositoriesTest {
  private static final Locator OLD = Locator.of(LocatorStrategy.ID, "password");
  private static final Locator NEW = Locator.testId("data-testid", "login-password");
  private static final Locator OTHER = Locator.role("textbox", "Password");

  @TempDir Path tmp;
  private Workspace ws;
  private HealingPatternRepository patterns;
  private HealProposalRepository proposals;
  private long project;

  @BeforeEach
  void open() {
    ws = Workspace.open(ArgusHome.at(tmp.resolve("home")), TickingClock.startingAt("2025-03-01T10:00:00Z"));
    patterns = ws.healingPatterns();
    proposals = ws.healProposals();
    project = ws.projects().create("shop", null, "specs").id();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void learnsSuccessesAndFailuresOnOnePatternPerFix() {
    patterns.record(project, "k1", "http://shop/login", FailureType.SELECTOR_CHANGED, OLD, NEW, true);
    patterns.record(project, "k1", "http://shop/login", FailureType.SELECTOR_CHANGED, OLD, NEW, true);
    HealingPattern p = patterns.record(project, "k1", "http://shop/login", FailureType.SELECTOR_CHANGED, OLD, NEW, false);

    assertThat(p.successes()).isEqualTo(2);
    assertThat(p.failures()).isEqualTo(1);
    assertThat(p.before()).isEqualTo(OLD);
    assertThat(p.after()).isEqualTo(NEW);
    assertThat(p.failureType()).isEqualTo(FailureType.SELECTOR_CHANGED);
    assertThat(p.page()).isEqualTo("http://shop/login");
    assertThat(p.createdAt()).isBefore(p.updatedAt());
    assertThat(patterns.find(project, "k1")).singleElement().isEqualTo(p);
    assertThat(patterns.find(project, "k2")).isEmpty();
    assertThat(patterns.find(null, "k1")).as("another project's knowledge").isEmpty();
  }

  @Test
  void findsTheMostConfidentFixFirst() {
    patterns.record(project, "k", null, FailureType.SELECTOR_CHANGED, OLD, OTHER, true);
    patterns.record(project, "k", null, FailureType.SELECTOR_CHANGED, OLD, OTHER, false);
    patterns.record(project, "k", null, FailureType.SELECTOR_CHANGED, OLD, NEW, true);

    assertThat(patterns.find(project, "k")).extracting(HealingPattern::after).containsExactly(NEW, OTHER);
  }

  @Test
  void knowledgeOutsideAProjectIsKeptApart() {
    patterns.record(null, "k", null, FailureType.SELECTOR_CHANGED, OLD, NEW, true);
    assertThat(patterns.find(null, "k")).singleElement().extracting(HealingPattern::projectId).isNull();
    assertThat(patterns.find(project, "k")).isEmpty();
  }

  @Test
  void keepsTheKnowledgeBaseAcrossARestart() {
    patterns.record(project, "k", null, FailureType.SELECTOR_CHANGED, OLD, NEW, true);
    HealProposal p = proposals.add(proposal("fp1", NEW));
    proposals.decide(p.id(), ProposalStatus.REJECTED, "ana");
    ws.close();

    ws = Workspace.open(ArgusHome.at(tmp.resolve("home")));
    assertThat(ws.healingPatterns().find(project, "k")).singleElement().extracting(HealingPattern::successes).isEqualTo(1);
    assertThat(ws.healProposals().isRejected("fp1", NEW)).isTrue();
  }

  @Test
  void storesAProposalWithItsEvidence() {
    HealProposal stored = proposals.add(proposal("fp1", NEW));

    assertThat(stored.id()).isNotNull();
    assertThat(stored.status()).isEqualTo(ProposalStatus.PENDING);
    assertThat(stored.createdAt()).isAfter(Instant.parse("2025-03-01T10:00:00Z"));
    assertThat(stored).usingRecursiveComparison().ignoringFields("id", "createdAt", "status")
        .isEqualTo(proposal("fp1", NEW));
    assertThat(proposals.find(stored.id())).contains(stored);
    assertThat(proposals.find(999)).isEmpty();
  }

  @Test
  void listsNewestFirstByStatus() {
    HealProposal a = proposals.add(proposal("fp1", NEW));
    HealProposal b = proposals.add(proposal("fp2", OTHER));
    proposals.decide(a.id(), ProposalStatus.APPROVED, "ana");

    assertThat(proposals.list(project, null)).extracting(HealProposal::id).containsExactly(b.id(), a.id());
    assertThat(proposals.list(project, ProposalStatus.PENDING)).extracting(HealProposal::id).containsExactly(b.id());
    assertThat(proposals.list(null, ProposalStatus.APPROVED)).extracting(HealProposal::id).containsExactly(a.id());
  }

  @Test
  void aDecisionIsRecordedOnceAndAPendingOneIsNoDecision() {
    HealProposal p = proposals.add(proposal("fp1", NEW));

    HealProposal decided = proposals.decide(p.id(), ProposalStatus.APPROVED, "ana");
    assertThat(decided.status()).isEqualTo(ProposalStatus.APPROVED);
    assertThat(decided.decidedBy()).isEqualTo("ana");
    assertThat(decided.decidedAt()).isAfter(decided.createdAt());

    assertThatThrownBy(() -> proposals.decide(p.id(), ProposalStatus.REJECTED, "bo"))
        .isInstanceOf(ArgusException.class).hasMessageContaining("already approved");
    assertThatThrownBy(() -> proposals.decide(p.id(), ProposalStatus.PENDING, "bo")).isInstanceOf(ArgusException.class);
    assertThatThrownBy(() -> proposals.decide(4242, ProposalStatus.REJECTED, "bo"))
        .isInstanceOf(ArgusException.class).hasMessageContaining("4242");
  }

  @Test
  void aRejectedFixIsRememberedForThatElementOnly() {
    HealProposal p = proposals.add(proposal("fp1", NEW));
    assertThat(proposals.isRejected("fp1", NEW)).as("pending is not rejected").isFalse();

    proposals.decide(p.id(), ProposalStatus.REJECTED, "ana");

    assertThat(proposals.isRejected("fp1", NEW)).isTrue();
    assertThat(proposals.isRejected("fp1", OTHER)).isFalse();
    assertThat(proposals.isRejected("fp2", NEW)).isFalse();
    assertThat(proposals.isRejected(null, NEW)).isFalse();
  }

  @Test
  void everyPartOfTheEvidenceComesBackTyped() {
    HealEvidence evidence = HealEvidence.builder().page("http://shop/login").source("similarity").decision("review")
        .reason("margin 0.04 < 0.1: two candidates are alike").candidateCount(42)
        .best(new RankedCandidate(3, 0.74, new ScoreBreakdown(0.74, List.of(
            new PropertyScore(FingerprintProperty.ACCESSIBLE_NAME, 0.9, 1.5, 0.31),
            new PropertyScore(FingerprintProperty.RECORD_TEXT, 0.25, 0.5, 0.05)))))
        .runnerUp(new RankedCandidate(8, 0.70, new ScoreBreakdown(0.70, List.of(
            new PropertyScore(FingerprintProperty.TEXT, 0.5, 1.0, 0.2)))))
        .chosenIndex(3).outline(new HealEvidence.Box(10, 20.5, 120, 32))
        .screenshots(new HealEvidence.ScreenshotNotes("the page before this step in run 2", "no screenshot: page closed", null))
        .thresholds(new HealEvidence.Thresholds(0.8, 0.1, 0.35, 0.9, 0.5))
        .trace(List.of("classify: selector_changed", "similarity: 42 candidates")).sharedFrom(5L).build();

    HealProposal stored = proposals.add(proposal("fp1", NEW).toBuilder().evidence(evidence).build());

    HealEvidence read = proposals.find(stored.id()).orElseThrow().evidence();
    assertThat(read).isEqualTo(evidence);
    assertThat(read.propertyScores()).containsExactly(Map.entry("accessible name", 0.9), Map.entry("record text", 0.25));
    assertThat(read.margin()).isCloseTo(0.04, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aProposalStoredBeforeEvidenceWasTypedStillReads() throws Exception {
    HealProposal stored = proposals.add(proposal("fp1", NEW).toBuilder().evidence(HealEvidence.NONE).build());
    // Exactly as the run wrote evidence before it was typed: Jackson's default view of the relocation, ints for the box.
    String old = """
        {"page":"http://shop/login","source":"similarity","decision":"review",\
        "reason":"two candidates are alike (margin 0.04 < 0.10)","candidates":17,\
        "best":{"index":4,"score":0.74,"breakdown":{"score":0.74,"properties":[\
        {"property":"accessible_name","similarity":0.9,"weight":1.5,"contribution":0.31},\
        {"property":"record_text","similarity":0.25,"weight":0.5,"contribution":0.05}]}},\
        "runnerUp":{"index":9,"score":0.7,"breakdown":{"score":0.7,"properties":[]}},\
        "chosenIndex":4,"outline":{"x":12,"y":40,"width":200,"height":30},\
        "screenshots":{"before":"none: no passed run of this spec in the last 20 has a screenshot of this step"},\
        "trace":["classify: selector_changed","similarity: review"]}""";
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + ws.home().databaseDir());
         PreparedStatement ps = c.prepareStatement("UPDATE heal_proposals SET evidence = ? WHERE id = ?")) {
      ps.setString(1, old);
      ps.setLong(2, stored.id());
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }

    HealEvidence e = proposals.find(stored.id()).orElseThrow().evidence();

    assertThat(e.page()).isEqualTo("http://shop/login");
    assertThat(e.source()).isEqualTo("similarity");
    assertThat(e.decision()).isEqualTo("review");
    assertThat(e.reason()).isEqualTo("two candidates are alike (margin 0.04 < 0.10)");
    assertThat(e.candidateCount()).isEqualTo(17);
    assertThat(e.best().index()).isEqualTo(4);
    assertThat(e.propertyScores()).containsExactly(Map.entry("accessible name", 0.9), Map.entry("record text", 0.25));
    assertThat(e.runnerUp().index()).isEqualTo(9);
    assertThat(e.runnerUp().score()).isEqualTo(0.7);
    assertThat(e.chosenIndex()).isEqualTo(4);
    assertThat(e.outline()).isEqualTo(new HealEvidence.Box(12, 40, 200, 30));
    assertThat(e.screenshots().before()).startsWith("none: no passed run");
    assertThat(e.screenshots().after()).isNull();
    assertThat(e.thresholds()).as("not kept then").isNull();
    assertThat(e.trace()).containsExactly("classify: selector_changed", "similarity: review");
    assertThat(e.sharedFrom()).isNull();
  }

  @Test
  void unreadableEvidenceReadsAsNoneAndTheProposalCanStillBeDecided() throws Exception {
    HealProposal stored = proposals.add(proposal("fp1", NEW));
    try (Connection c = DriverManager.getConnection("jdbc:derby:" + ws.home().databaseDir());
         PreparedStatement ps = c.prepareStatement("UPDATE heal_proposals SET evidence = ? WHERE id = ?")) {
      ps.setString(1, "{not json");
      ps.setLong(2, stored.id());
      ps.executeUpdate();
    }

    assertThat(proposals.find(stored.id()).orElseThrow().evidence()).isEqualTo(HealEvidence.NONE);
    assertThat(proposals.decide(stored.id(), ProposalStatus.APPROVED, "ana").status()).isEqualTo(ProposalStatus.APPROVED);
  }

  private HealProposal proposal(String fingerprintKey, Locator newLocator) {
    return HealProposal.builder().projectId(project).runId(7L).specKey("login.spec.yaml").stepId("s3")
        .failureType(FailureType.SELECTOR_CHANGED).fixType(FixType.SELECTOR_CHANGED).locators(OLD, newLocator).score(0.74)
        .runnerUpScore(0.70).fingerprintKey(fingerprintKey)
        .evidence(HealEvidence.builder().reason("margin 0.04 < 0.1").build())
        .screenshots("artifacts/1/before.png", null).candidatesSnapshot("artifacts/run-7/heal-s3-candidates.json.gz").build();
  }
}
