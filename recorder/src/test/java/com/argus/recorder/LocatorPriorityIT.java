package com.argus.recorder;

import static com.argus.recorder.RecorderITSupport.awaitSteps;
import static com.argus.recorder.RecorderITSupport.describe;
import static com.argus.recorder.RecorderITSupport.last;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.project.ProjectSettings;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.Step;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A project's settings decide what the recorder writes: which locator comes first, which fields are secret. */
class LocatorPriorityIT {
  @RegisterExtension
  static final FixtureServer server = FixtureServer.serving();

  @Test
  void defaultPriorityRecordsTheTestIdFirst() {
    Step click = recordOrderClick(ProjectSettings.DEFAULTS);
    assertThat(click.target().primary()).isEqualTo(Locator.testId("data-testid", "place-order"));
    assertThat(click.target().candidates()).contains(Locator.role("button", "Place order"));
  }

  @Test
  void roleFirstPriorityRecordsTheRoleFirst() {
    Step click = recordOrderClick(ProjectSettings.DEFAULTS.withLocatorPriority(List.of(LocatorStrategy.ROLE)));
    assertThat(click.target().primary()).isEqualTo(Locator.role("button", "Place order"));
    assertThat(click.target().candidates()).contains(Locator.testId("data-testid", "place-order"));
  }

  @Test
  void fieldsTheSettingsMarkSecretAreRecordedAsVariables() {
    ProjectSettings settings = ProjectSettings.DEFAULTS.withSecretSelectors(List.of(".card-code"));
    try (RecordingSession s = RecordingSession.start(RecordingOptions.forProject(server.url("/priority.html"), settings)
        .withHeadless(true))) {
      s.inPage("main", p -> {
        p.click("#cvc");
        p.keyboard().type("739");
        p.click("text=Place order");
        return null;
      });
      List<Step> steps = awaitSteps(s, st -> st.stream().anyMatch(x -> x.action() == Action.CLICK));
      Step fill = last(steps, Action.FILL);
      assertThat(fill.value()).as(describe(steps)).startsWith("${").doesNotContain("739");
    }
  }

  private static Step recordOrderClick(ProjectSettings settings) {
    try (RecordingSession s = RecordingSession.start(RecordingOptions.forProject(server.url("/priority.html"), settings)
        .withHeadless(true))) {
      s.inPage("main", p -> {
        p.click("text=Place order");
        p.waitForSelector("text=Order placed");
        return null;
      });
      List<Step> steps = awaitSteps(s, st -> st.stream().anyMatch(x -> x.action() == Action.CLICK));
      return last(steps, Action.CLICK);
    }
  }
}
