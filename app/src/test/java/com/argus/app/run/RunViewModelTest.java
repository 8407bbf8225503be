package com.argus.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.common.ImmediateTaskRunner;
import com.argus.app.common.SpecRef;
import com.argus.app.common.UiExecutor;
import com.argus.app.common.WorkbenchContext;
import com.argus.engine.run.RunRecord;
import com.argus.engine.run.RunStatus;
import com.argus.engine.run.StepResultRecord;
import com.argus.engine.run.StepStatus;
import java.nio.file.Path;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunViewModelTest {
  @TempDir
  Path home;

  Workspace ws;

  @BeforeEach
  void open() {
    ws = Workspace.open(ArgusHome.at(home.resolve("argus")));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void showsTheStoredRunHistoryOfTheCurrentSpecWithItsSteps() {
    var project = ws.projects().create("P", "http://x/", home.toString());
    RunRecord run = ws.runs().startRun(project.id(), "a.spec.yaml", "A", -1, "playwright", "desktop");
    ws.runs().addStepResult(new StepResultRecord(run.id(), 0, "open", "navigate /", StepStatus.PASSED, 40, null, null, 0, null, null));
    ws.runs().finishRun(run.id(), RunStatus.PASSED, 40, null);
    WorkbenchContext context = new WorkbenchContext();
    RunViewModel vm = new RunViewModel(null, ws.runs(), new ImmediateTaskRunner(), UiExecutor.direct(), null, context, home);
    context.specProperty().set(new SpecRef(project, "a.spec.yaml", home.resolve("a.spec.yaml")));
    assertThat(vm.history()).extracting(RunRecord::status).containsExactly(RunStatus.PASSED);
    assertThat(vm.steps()).extracting(StepLive::stepId).containsExactly("open");
    assertThat(vm.canRun()).isFalse();
    assertThat(vm.statusProperty().get()).isEqualTo(RunViewModel.NO_RUNNER);
  }

  @Test
  void streamsStepsLiveFromTheRunner() {
    var project = ws.projects().create("P", "http://x/", home.toString());
    SpecRunner runner = (spec, options, listener, cancelled) -> {
      RunRecord r = ws.runs().startRun(project.id(), spec.key(), "A", -1, options.backend(), options.device());
      listener.stepStarted(0, "open", "navigate /");
      StepResultRecord step = new StepResultRecord(r.id(), 0, "open", "navigate /", StepStatus.PASSED, 5, null, null, 1, null, null);
      listener.stepFinished(new StepLive(0, "open", "navigate /", StepStatus.PASSED, 5, null, null, null));
      ws.runs().addStepResult(step);
      ws.runs().finishRun(r.id(), RunStatus.PASSED, 5, null);
      return ws.runs().findRun(r.id()).orElseThrow();
    };
    WorkbenchContext context = new WorkbenchContext();
    context.specProperty().set(new SpecRef(project, "a.spec.yaml", home.resolve("a.spec.yaml")));
    RunViewModel vm = new RunViewModel(runner, ws.runs(), new ImmediateTaskRunner(), UiExecutor.direct(), null, context, home);
    vm.deviceProperty().set("mobile");
    vm.run();
    assertThat(vm.history()).hasSize(1);
    assertThat(vm.history().get(0).device()).isEqualTo("mobile");
    assertThat(vm.steps()).extracting(StepLive::status).containsExactly(StepStatus.PASSED);
    assertThat(vm.statusProperty().get()).contains("passed");
  }
}
