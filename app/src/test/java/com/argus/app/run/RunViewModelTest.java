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
import java.util.List;
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
    RunPort runner = (specs, options, listener, cancelled) -> {
      RunRecord r = ws.runs().startRun(project.id(), specs.get(0).key(), "A", -1, options.backend(), options.device());
      listener.stepStarted(new StepLive(r.id(), "A", 0, "open", "navigate /", null, 0, null, null, null, null));
      StepResultRecord step = new StepResultRecord(r.id(), 0, "open", "navigate /", StepStatus.PASSED, 5, null, null, 1, null, null);
      listener.stepFinished(new StepLive(r.id(), "A", 0, "open", "navigate /", StepStatus.PASSED, 5, null, null, null, null));
      ws.runs().addStepResult(step);
      ws.runs().finishRun(r.id(), RunStatus.PASSED, 5, null);
      return new RunPort.Outcome(List.of(ws.runs().findRun(r.id()).orElseThrow()), 5, false);
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

  @Test
  void runsTheFolderOrTheWholeProjectOfTheCurrentSpec() throws Exception {
    Path specs = home.resolve("specs");
    java.nio.file.Files.createDirectories(specs.resolve("checkout"));
    for (String key : List.of("login.spec.yaml", "checkout/pay.spec.yaml", "checkout/cart.spec.yaml")) {
      java.nio.file.Files.writeString(specs.resolve(key), "name: x\n");
    }
    var project = ws.projects().create("P", "http://x/", specs.toString());
    List<List<String>> asked = new java.util.ArrayList<>();
    RunPort runner = (given, options, listener, cancelled) -> {
      asked.add(given.stream().map(SpecRef::key).toList());
      List<RunRecord> runs = new java.util.ArrayList<>();
      for (SpecRef s : given) {
        RunRecord r = ws.runs().startRun(project.id(), s.key(), s.key(), -1, options.backend(), options.device());
        ws.runs().finishRun(r.id(), s.key().contains("pay") ? RunStatus.FAILED : RunStatus.PASSED, 5, s.key().contains("pay") ? "card declined" : null);
        runs.add(ws.runs().findRun(r.id()).orElseThrow());
      }
      return new RunPort.Outcome(runs, 1200, false, List.of("broken.spec.yaml: broken.spec.yaml:3:1: unknown property 'stepz'"));
    };
    WorkbenchContext context = new WorkbenchContext();
    context.specProperty().set(new SpecRef(project, "checkout/cart.spec.yaml", specs.resolve("checkout/cart.spec.yaml")));
    RunViewModel vm = new RunViewModel(runner, ws.runs(), new ImmediateTaskRunner(), UiExecutor.direct(), null, context, home);

    vm.scopeProperty().set(RunScope.FOLDER);
    vm.run();
    vm.scopeProperty().set(RunScope.PROJECT);
    vm.run();

    assertThat(asked).containsExactly(List.of("checkout/cart.spec.yaml", "checkout/pay.spec.yaml"),
        List.of("checkout/cart.spec.yaml", "checkout/pay.spec.yaml", "login.spec.yaml"));
    assertThat(vm.statusProperty().get()).startsWith("3 tests: 2 passed, 1 failed in 1.2 s")
        .contains("checkout/pay.spec.yaml — card declined")
        .endsWith("Not run (1): broken.spec.yaml: broken.spec.yaml:3:1: unknown property 'stepz'");
  }
}
