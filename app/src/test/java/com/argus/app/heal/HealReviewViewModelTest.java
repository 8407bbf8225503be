package com.argus.app.heal;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.common.ImmediateTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealReviewViewModelTest {
  static HealQueue.Proposal proposal(long id) {
    return new HealQueue.Proposal(id, "a.spec.yaml", "step" + id, "selector_changed", "css=#old", "role=button[name=\"Go\"]",
        0.72, Map.of("text", 0.9), null, null, List.of(), null, null);
  }

  @Test
  void decisionsGoToTheQueueAndMoveToTheNextProposal() {
    List<String> calls = new ArrayList<>();
    HealQueue queue = new HealQueue() {
      @Override
      public List<Proposal> pending() {
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
