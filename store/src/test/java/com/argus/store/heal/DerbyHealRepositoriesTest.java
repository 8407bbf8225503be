package com.argus.store.heal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ArgusException;
import com.argus.engine.heal.FailureType;
import com.argus.engine.heal.FixType;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealProposalRepository;
import com.argus.engine.heal.HealingPattern;
import com.argus.engine.heal.HealingPatternRepository;
import com.argus.engine.heal.ProposalStatus;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.store.ArgusHome;
import com.argus.store.TickingClock;
import com.argus.store.Workspace;
import java.nio.file.Path;
import java.time.Instant;
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

  private HealProposal proposal(String fingerprintKey, Locator newLocator) {
    return new HealProposal(null, project, 7L, "login.spec.yaml", "s3", ProposalStatus.PENDING, FailureType.SELECTOR_CHANGED,
        FixType.SELECTOR_CHANGED, OLD, newLocator, 0.74, 0.70, fingerprintKey, "{\"reason\":\"margin 0.04 < 0.1\"}",
        "artifacts/1/before.png", null, null, null, null, "artifacts/run-7/heal-s3-candidates.json.gz");
  }
}
