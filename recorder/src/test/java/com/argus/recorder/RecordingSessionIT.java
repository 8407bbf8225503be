package com.argus.recorder;

import static com.argus.recorder.RecorderITSupport.awaitSteps;
import static com.argus.recorder.RecorderITSupport.last;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.Step;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecordingSessionIT {
  @RegisterExtension
  static final FixtureServer server = FixtureServer.serving();

  static RecordingSession record(String path) {
    return RecordingSession.start(RecordingOptions.forUrl(server.url(path)).withHeadless(true));
  }

  @Test
  void recordsFillClickAndCausedNavigation() {
    try (RecordingSession s = record("/form.html")) {
      s.inPage("main", p -> {
        p.click("#user");
        p.keyboard().type("alice");
        p.click("#country");
        p.selectOption("#country", "fr");
        p.click("button[type=submit] span:nth-child(2)");
        p.waitForURL("**/done.html**");
        return null;
      });
      List<Step> steps = awaitSteps(s, st -> st.stream().anyMatch(x -> x.action() == Action.CLICK));
      assertThat(steps.get(0).action()).isEqualTo(Action.NAVIGATE);
      assertThat(steps.get(0).value()).isEqualTo("/form.html");
      Step fill = last(steps, Action.FILL);
      assertThat(fill.value()).isEqualTo("alice");
      assertThat(fill.target().primary()).isEqualTo(Locator.testId("data-testid", "login-username"));
      Step select = last(steps, Action.SELECT);
      assertThat(select.value()).isEqualTo("France");
      assertThat(select.target().primary()).isEqualTo(Locator.role("combobox", "Country"));
      assertThat(select.target().candidates()).contains(Locator.of(LocatorStrategy.LABEL, "Country"));
      Step click = last(steps, Action.CLICK);
      assertThat(click.target().primary()).isEqualTo(Locator.role("button", "→ Sign in"));
      assertThat(steps).filteredOn(x -> x.action() == Action.NAVIGATE).hasSize(1);
      assertThat(steps).filteredOn(x -> x.action() == Action.CLICK).hasSize(1);
    }
  }
}
