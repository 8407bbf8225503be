package com.argus.app.heal;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.common.ImmediateTaskRunner;
import com.argus.engine.heal.FailureType;
import com.argus.engine.heal.HealProposal;
import com.argus.engine.heal.HealReviewItem;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealReviewViewModelTest {
  static HealReviewItem proposal(long id) {
    return HealReviewItem.of(HealProposal.builder().id(id).specKey("a.spec.yaml").stepId("step" + id)
        .failureType(FailureType.SELECTOR_CHANGED).locators(Locator.of(LocatorStrategy.CSS, "#old"), Locator.role("button", "Go"))
        .score(0.72).build(), Path::of);
  }

  @Test
  void decisionsGoToTheQueueAndMoveToTheNextProposal() {
    List<String> calls = new ArrayList<>();
    HealQueue queue = new HealQueue() {
      @Override
      public List<HealReviewItem> pending() {
        return List.of(proposal(1), proposal(2), proposal(3));
      }

      @Override
      public void approve(long id) {
        calls.add("approve " + id);
      }

      @Override
      public void reject(long id) {
        calls.add("reject " + id);
      }

      @Override
      public int approveForAll(long id) {
        calls.add("all " + id);
        return 4;
      }
    };
    HealReviewViewModel vm = new HealReviewViewModel(queue, new ImmediateTaskRunner(), null);
    vm.load();
    vm.approve();
    assertThat(vm.selectedProperty().get().id()).isEqualTo(2);
    vm.reject();
    vm.approveForAll();
    assertThat(calls).containsExactly("approve 1", "reject 2", "all 3");
    assertThat(vm.pending()).isEmpty();
    assertThat(vm.statusProperty().get()).contains("4 specs").contains("Queue empty");
  }

  @Test
  void withoutAHealingEngineItSaysSoAndShowsNothing() {
    HealReviewViewModel vm = new HealReviewViewModel(null, new ImmediateTaskRunner(), null);
    vm.load();
    assertThat(vm.pending()).isEmpty();
    assertThat(vm.isConnected()).isFalse();
    assertThat(vm.statusProperty().get()).isEqualTo(HealReviewViewModel.NO_QUEUE);
  }
}
