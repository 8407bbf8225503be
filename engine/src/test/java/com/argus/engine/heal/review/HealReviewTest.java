package com.argus.engine.heal.review;

import com.argus.engine.ArgusException;
import com.argus.engine.heal.FailureType;
import com.argus.engine.heal.FixType;
import com.argus.engine.heal.HealEvidence;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealingKeys;
import com.argus.engine.heal.HealingPattern;
import com.argus.engine.heal.InMemoryHealingStore;
import com.argus.engine.heal.ProposalStatus;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.engine.spec.store.InMemorySpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealReviewTest {
  private static final Locator OLD = Locator.of(LocatorStrategy.ID, "password");
  private static final Locator NEW = Locator.testId("data-testid", "login-password");
  private static final String PAGE = "http://127.0.0.1:8080/login.html";

  @TempDir Path specs;
  private final InMemoryHealingStore store = new InMemoryHealingStore();
  private final InMemorySpecs projects = new InMemorySpecs();
  private HealReview review;

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(specs.resolve("login.spec.yaml"), """
        schemaVersion: 2
        name: Login
        steps:
          - id: pass
            action: fill
            target:
              candidates:
                - strategy: id
                  value: password
            value: secret
        """);
    projects.project("Shop", specs);
    review = new HealReview(store, store, projects.store());
  }

  @Test
  void approvingMakesTheNewLocatorPrimaryKeepsTheOldAndTeachesASuccess() throws Exception {
    HealProposal p = store.add(proposal());

    HealProposal decided = review.approve(p.id(), "ana");

    assertThat(decided.status()).isEqualTo(ProposalStatus.APPROVED);
    assertThat(projects.history(1L, "login.spec.yaml")).as("the spec's history shows the heal").singleElement()
        .satisfies(v -> {
          assertThat(v.author()).isEqualTo("healer");
          assertThat(v.comment()).contains("heal " + p.id()).contains("ana");
          assertThat(v.content()).isEqualTo(Files.readString(specs.resolve("login.spec.yaml")));
        });
    TestSpec spec = SpecFormat.read(specs.resolve("login.spec.yaml"));
    assertThat(spec.steps().get(0).target().candidates()).containsExactly(NEW, OLD);
    String key = HealingKeys.patternKey(OLD, FailureType.SELECTOR_CHANGED, PAGE);
    assertThat(store.find(1L, key)).singleElement().satisfies(k -> {
      assertThat(k.after()).isEqualTo(NEW);
      assertThat(k.successes()).isEqualTo(1);
    });
  }

  @Test
  void rejectingTeachesAFailureAndTheFixIsNeverProposedAgainForThatElement() {
    HealProposal p = store.add(proposal());

    review.reject(p.id(), "ana");

    assertThat(store.isRejected("fp", NEW)).isTrue();
    assertThat(store.find(1L, HealingKeys.patternKey(OLD, FailureType.SELECTOR_CHANGED, PAGE)))
        .singleElement().extracting(HealingPattern::failures).isEqualTo(1);
    assertThat(SpecFormat.read(specs.resolve("login.spec.yaml")).steps().get(0).target().candidates()).containsExactly(OLD);
  }

  @Test
  void listsAndShowsProposals() {
    HealProposal p = store.add(proposal());
    assertThat(review.list(null, ProposalStatus.PENDING)).containsExactly(p);
    assertThat(review.show(p.id())).contains(p);
  }

  @Test
  void aMissingSpecIsSaidPlainly() {
    HealProposal p = store.add(proposal().toBuilder().specKey("gone.spec.yaml")
        .evidence(HealEvidence.NONE).build());
    assertThatThrownBy(() -> review.approve(p.id(), "ana")).isInstanceOf(ArgusException.class).hasMessageContaining("gone.spec.yaml");
  }

  private static HealProposal proposal() {
    return HealProposal.builder().projectId(1L).runId(1L).specKey("login.spec.yaml").stepId("pass")
        .failureType(FailureType.SELECTOR_CHANGED).fixType(FixType.SELECTOR_CHANGED).locators(OLD, NEW).score(0.77)
        .runnerUpScore(0.5).fingerprintKey("fp").evidence(HealEvidence.builder().page(PAGE).build()).build();
  }
}
