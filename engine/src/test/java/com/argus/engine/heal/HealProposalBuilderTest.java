package com.argus.engine.heal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.engine.ArgusException;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import org.junit.jupiter.api.Test;

class HealProposalBuilderTest {
  private static final Locator OLD = Locator.of(LocatorStrategy.ID, "password");
  private static final Locator NEW = Locator.testId("data-testid", "login-password");

  @Test
  void aProposalWithoutItsSpecStepOrFailureTypeIsRefusedNamingWhatIsMissing() {
    assertThatThrownBy(() -> HealProposal.builder().specKey("login.spec.yaml").locators(OLD, NEW).build())
        .isInstanceOf(ArgusException.class)
        .satisfies(e -> assertThat(((ArgusException) e).userMessage())
            .contains("the step id", "the failure type", "'login.spec.yaml'").doesNotContain("the spec key"));
    assertThatThrownBy(() -> HealProposal.builder().stepId("pass").failureType(FailureType.SELECTOR_CHANGED).build())
        .isInstanceOf(ArgusException.class).hasMessageContaining("the spec key").hasMessageContaining("step 'pass'");
  }

  @Test
  void defaultsArePendingASelectorFixAndNoEvidence() {
    HealProposal p = HealProposal.builder().specKey("login.spec.yaml").stepId("pass").failureType(FailureType.SELECTOR_CHANGED)
        .locators(OLD, NEW).build();

    assertThat(p.status()).isEqualTo(ProposalStatus.PENDING);
    assertThat(p.fixType()).isEqualTo(FixType.SELECTOR_CHANGED);
    assertThat(p.evidence()).isEqualTo(HealEvidence.NONE);
    assertThat(p.oldLocator()).isEqualTo(OLD);
    assertThat(p.newLocator()).isEqualTo(NEW);
    assertThat(p.toBuilder().build()).isEqualTo(p);
  }
}
