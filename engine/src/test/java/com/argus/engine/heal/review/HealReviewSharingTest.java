package com.argus.engine.heal.review;

import com.argus.engine.heal.FailureType;
import com.argus.engine.heal.FixType;
import com.argus.engine.heal.HealEvidence;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealingPipelineTest;
import com.argus.engine.heal.InMemoryHealingStore;
import com.argus.engine.heal.ProposalStatus;
import com.argus.engine.locate.RelocationSettings;
import com.argus.engine.locate.Relocator;
import com.argus.engine.locate.SimilarityWeights;
import com.argus.engine.spec.ElementFingerprint;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.engine.spec.store.InMemorySpecs;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-test learning: approving a heal shares it with the project's other steps that use the same
 * broken locator, rewriting them when their own relocation against the captured candidates agrees,
 * and proposing otherwise; approve for all rewrites every one.
 */
class HealReviewSharingTest {
  private static final Locator OLD = Locator.of(LocatorStrategy.ID, "login");
  private static final Locator NEW = Locator.of(LocatorStrategy.ID, "login-7f3a");
  private static final Locator UNRELATED = Locator.of(LocatorStrategy.ID, "cancel");
  private static final String PAGE = "http://127.0.0.1:8080/login.html";

  @TempDir Path dir;
  private final InMemoryHealingStore store = new InMemoryHealingStore();
  private final InMemorySpecs specs = new InMemorySpecs();
  private HealReview review;

  @BeforeEach
  void setUp() throws Exception {
    // The page the proposal was made on: the moved login button (chosen, index 0) and a cancel button.
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("candidates.json.gz")))) {
      SpecFormat.json().writeValue(out, List.of(HealingPipelineTest.MOVED, HealingPipelineTest.CANCEL));
    }
    spec("a.spec.yaml", "submit", OLD, HealingPipelineTest.BASELINE);
    spec("b.spec.yaml", "login", OLD, HealingPipelineTest.BASELINE);
    spec("c.spec.yaml", "cancel", UNRELATED, HealingPipelineTest.CANCEL);
    specs.project("Shop", dir);
    review = new HealReview(store, store, specs.store(), dir::resolve, null,
        project -> new Relocator(SimilarityWeights.defaults(), RelocationSettings.DEFAULTS));
  }

  @Test
  void approvingRewritesAnotherSpecWhoseOwnRelocationAgrees() throws Exception {
    HealProposal p = store.add(proposal());
    String untouched = Files.readString(dir.resolve("c.spec.yaml"));

    HealReview.Approval approval = review.approveAndShare(p.id(), "ana");

    assertThat(primary("a.spec.yaml", "submit")).isEqualTo(NEW);
    assertThat(approval.shared()).singleElement().satisfies(s -> {
      assertThat(s.specKey()).isEqualTo("b.spec.yaml");
      assertThat(s.rewritten()).as(s.reason()).isTrue();
    });
    assertThat(candidates("b.spec.yaml", "login")).containsExactly(NEW, OLD);
    assertThat(store.find(approval.shared().get(0).proposalId())).get().satisfies(r -> {
      assertThat(r.status()).as("the rewrite is on record").isEqualTo(ProposalStatus.APPROVED);
      assertThat(r.decidedBy()).contains("ana").contains("heal " + p.id());
    });
    assertThat(Files.readString(dir.resolve("c.spec.yaml"))).isEqualTo(untouched);
  }

  /* The thresholds are the project's: one that asks for more certainty before healing asks it of shared heals too. */
  @Test
  void aProjectThatAsksForMoreCertaintyGetsAProposalInsteadOfARewrite() throws Exception {
    HealReview strict = new HealReview(store, store, specs.store(), dir::resolve, null,
        project -> new Relocator(SimilarityWeights.defaults(), RelocationSettings.DEFAULTS.withAutoThreshold(0.999)));
    HealProposal p = store.add(proposal());

    HealReview.Approval approval = strict.approveAndShare(p.id(), "ana");

    assertThat(approval.shared()).singleElement().satisfies(s -> assertThat(s.rewritten()).as(s.reason()).isFalse());
    assertThat(primary("b.spec.yaml", "login")).as("not rewritten").isEqualTo(OLD);
    assertThat(store.find(approval.shared().get(0).proposalId())).get()
        .satisfies(r -> assertThat(r.status()).isEqualTo(ProposalStatus.PENDING));
  }

  @Test
  void approvingProposesForAnotherSpecWhoseOwnRelocationPrefersAnotherElement() throws Exception {
    // b's step was recorded on the cancel button: against the candidates it finds the cancel one, not the approved element.
    spec("b.spec.yaml", "login", OLD, HealingPipelineTest.CANCEL);
    HealProposal p = store.add(proposal());

    HealReview.Approval approval = review.approveAndShare(p.id(), "ana");

    assertThat(approval.shared()).singleElement().satisfies(s -> {
      assertThat(s.rewritten()).isFalse();
      assertThat(s.reason()).contains("another element");
    });
    assertThat(primary("b.spec.yaml", "login")).as("not rewritten").isEqualTo(OLD);
    assertThat(store.find(approval.shared().get(0).proposalId())).get().satisfies(r -> {
      assertThat(r.status()).isEqualTo(ProposalStatus.PENDING);
      assertThat(r.specKey()).isEqualTo("b.spec.yaml");
      assertThat(r.newLocator()).isEqualTo(NEW);
      assertThat(r.candidatesSnapshot()).isEqualTo("candidates.json.gz");
      assertThat(r.evidence().sharedFrom()).isEqualTo(p.id());
      assertThat(r.evidence().source()).isEqualTo("shared");
    });
  }

  @Test
  void withoutCapturedCandidatesTheOtherSpecOnlyGetsAProposal() throws Exception {
    HealProposal noSnapshot = store.add(proposal().toBuilder().evidence(HealEvidence.builder().page(PAGE).build())
        .candidatesSnapshot(null).build());

    HealReview.Approval approval = review.approveAndShare(noSnapshot.id(), "ana");

    assertThat(approval.shared()).singleElement().satisfies(s -> assertThat(s.rewritten()).isFalse());
    assertThat(primary("b.spec.yaml", "login")).isEqualTo(OLD);
  }

  @Test
  void approveForAllRewritesEverySpecThatSharesTheLocator() throws Exception {
    spec("b.spec.yaml", "login", OLD, HealingPipelineTest.CANCEL);
    HealProposal p = store.add(proposal());
    HealProposal otherPending = store.add(HealProposal.builder().projectId(1L).runId(8L).specKey("b.spec.yaml")
        .stepId("login").failureType(FailureType.SELECTOR_CHANGED).locators(OLD, NEW).score(0.6).runnerUpScore(0.5)
        .fingerprintKey("fp-b").build());

    int changed = review.approveForAll(p.id(), "ana");

    assertThat(changed).isEqualTo(2);
    assertThat(candidates("a.spec.yaml", "submit")).containsExactly(NEW, OLD);
    assertThat(candidates("b.spec.yaml", "login")).containsExactly(NEW, OLD);
    assertThat(primary("c.spec.yaml", "cancel")).isEqualTo(UNRELATED);
    assertThat(store.find(otherPending.id())).get().extracting(HealProposal::status).isEqualTo(ProposalStatus.APPROVED);
    assertThat(store.find(p.id())).get().extracting(HealProposal::status).isEqualTo(ProposalStatus.APPROVED);
  }

  private HealProposal proposal() {
    return HealProposal.builder().projectId(1L).runId(7L).specKey("a.spec.yaml").stepId("submit")
        .failureType(FailureType.SELECTOR_CHANGED).fixType(FixType.SELECTOR_CHANGED).locators(OLD, NEW).score(0.9)
        .runnerUpScore(0.2).fingerprintKey("fp").evidence(HealEvidence.builder().page(PAGE).chosenIndex(0).build())
        .candidatesSnapshot("candidates.json.gz").build();
  }

  private void spec(String file, String stepId, Locator primary, ElementFingerprint fp) {
    Step open = SpecFormat.parse("""
        schemaVersion: 2
        name: x
        steps:
          - id: open
            action: navigate
            value: /login.html
        """, "x").steps().get(0);
    Step click = SpecFormat.parse("""
        schemaVersion: 2
        name: x
        steps:
          - id: %s
            action: click
            target:
              candidates:
                - strategy: css
                  value: button
        """.formatted(stepId), "x").steps().get(0).withTarget(new Target(List.of(primary), fp));
    TestSpec spec = SpecFormat.parse("""
        schemaVersion: 2
        name: %s
        steps: []
        """.formatted(file), file).withSteps(List.of(open, click));
    SpecFormat.write(spec, dir.resolve(file));
  }

  private Locator primary(String file, String stepId) {
    return SpecFormat.read(dir.resolve(file)).step(stepId).orElseThrow().target().primary();
  }

  private List<Locator> candidates(String file, String stepId) {
    return SpecFormat.read(dir.resolve(file)).step(stepId).orElseThrow().target().candidates();
  }
}
