package com.argus.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.common.ImmediateTaskRunner;
import com.argus.app.common.SpecRef;
import com.argus.app.common.UiExecutor;
import com.argus.app.common.WorkbenchContext;
import com.argus.app.service.RunService;
import com.argus.demo.DemoServer;
import com.argus.engine.run.RunStatus;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running a folder from the workbench through the same {@link RunService} as {@code argus run}: a
 * broken spec file is named and skipped, the others run.
 */
class ServiceRunPortIT {
  static final String HOME_OPENS = """
      schemaVersion: 2
      name: Home opens
      steps:
        - id: open
          action: navigate
          value: /products.html
        - id: title
          action: assert
          assertion:
            kind: url
            expected: /products.html
            match: contains
      """;

  @TempDir Path dir;

  @Test
  void aBrokenSpecInTheFolderIsReportedAndTheOthersRun() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Files.writeString(specs.resolve("home.spec.yaml"), HOME_OPENS);
    Files.writeString(specs.resolve("broken.spec.yaml"), "schemaVersion: 2\nname: Broken\nstepz: []\n");
    try (DemoServer demo = DemoServer.start("v1", 0); Workspace ws = Workspace.open(ArgusHome.at(dir.resolve("home")))) {
      var project = ws.projects().create("Shop", demo.baseUri().toString(), specs.toString());
      SpecRef home = new SpecRef(project, "home.spec.yaml", specs.resolve("home.spec.yaml"));
      List<SpecRef> folder = RunScope.FOLDER.specs(home);
      assertThat(folder).extracting(SpecRef::key).containsExactly("broken.spec.yaml", "home.spec.yaml");

      RunPort.Outcome outcome = new ServiceRunPort(new RunService(ws))
          .run(folder, new RunPort.Choices("playwright", "desktop", "off", 1), new RunPort.Listener() {
            @Override
            public void stepStarted(StepLive step) {}

            @Override
            public void stepFinished(StepLive step) {}
          }, () -> false);

      assertThat(outcome.runs()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RunStatus.PASSED));
      assertThat(outcome.notRun()).singleElement().satisfies(p -> assertThat(p).startsWith("broken.spec.yaml: ").contains(":3:"));
    }
  }

  @Test
  void theRunScreenOnTheServiceNamesTheUnreadableSpecAndLinksTheRunsReport() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Files.writeString(specs.resolve("home.spec.yaml"), HOME_OPENS);
    Files.writeString(specs.resolve("broken.spec.yaml"), "schemaVersion: 2\nname: Broken\nstepz: []\n");
    try (DemoServer demo = DemoServer.start("v1", 0); Workspace ws = Workspace.open(ArgusHome.at(dir.resolve("home")))) {
      var project = ws.projects().create("Shop", demo.baseUri().toString(), specs.toString());
      WorkbenchContext context = new WorkbenchContext();
      RunViewModel vm = new RunViewModel(new ServiceRunPort(new RunService(ws)), ws.runs(),
          new ImmediateTaskRunner(), UiExecutor.direct(), null, context, ws.home().dir());
      context.specProperty().set(new SpecRef(project, "home.spec.yaml", specs.resolve("home.spec.yaml")));
      vm.scopeProperty().set(RunScope.FOLDER);
      vm.healModeProperty().set("off");

      vm.run();

      assertThat(vm.statusProperty().get()).startsWith("Home opens: passed")
          .contains("Not run (1): broken.spec.yaml: ").contains(":3:");
      assertThat(vm.history()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RunStatus.PASSED));
      assertThat(vm.artifact("report")).hasValueSatisfying(a -> assertThat(vm.resolve(a.path())).exists());
    }
  }
}
