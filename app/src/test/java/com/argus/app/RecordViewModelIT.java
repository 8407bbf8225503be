package com.argus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.argus.app.common.ImmediateTaskRunner;
import com.argus.app.common.Navigator;
import com.argus.app.common.SpecRef;
import com.argus.app.common.UiExecutor;
import com.argus.app.common.WorkbenchContext;
import com.argus.app.record.RecordViewModel;
import com.argus.app.record.SessionRecorder;
import com.argus.app.service.RecordService;
import com.argus.demo.DemoServer;
import com.argus.engine.project.Project;
import com.argus.engine.project.ProjectSettings;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.SpecVersion;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Record screen's view model on the real recorder records with the open project's settings: a
 * project whose locator priority puts labels first gets a spec whose fields are found by label.
 */
class RecordViewModelIT {
  @TempDir Path dir;

  @Test
  void theProjectsLocatorPriorityDecidesTheFirstLocatorOfTheSavedSpec() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    try (DemoServer demo = DemoServer.start("v1", 0); Workspace ws = Workspace.open(ArgusHome.at(dir.resolve("home")))) {
      Project shop = ws.projects().create("shop", demo.baseUri().toString(), specs.toString());
      shop = ws.projects().updateSettings(shop.id(),
          shop.settings().withLocatorPriority(List.of(LocatorStrategy.LABEL)));
      WorkbenchContext context = new WorkbenchContext();
      context.projectProperty().set(shop);
      List<SpecRef> opened = new ArrayList<>();
      Navigator navigator = new Navigator() {
        @Override
        public void openInEditor(SpecRef spec) {
          opened.add(spec);
        }

        @Override
        public void runSpec(SpecRef spec) {}

        @Override
        public void exportSpec(SpecRef spec) {}
      };
      ShellFixture.RecordingDialogs dialogs = new ShellFixture.RecordingDialogs();
      SessionRecorder recorder = new SessionRecorder(new RecordService(ws.specStore()), true);
      RecordViewModel vm = new RecordViewModel(recorder, new RecordService(ws.specStore()), new ImmediateTaskRunner(), UiExecutor.direct(),
          dialogs, navigator, context);
      vm.urlProperty().set(demo.baseUri() + "login.html");
      vm.specNameProperty().set("Sign in by label");
      // A spec of the same name is already there: as on the command line, it stays.
      Path existing = specs.resolve("sign-in-by-label.spec.yaml");
      SpecFormat.write(TestSpec.named("Sign in by label", demo.baseUri().toString(), List.of()), existing);
      String existingText = Files.readString(existing);

      vm.start();
      assertThat(vm.recordingProperty().get()).as(vm.statusProperty().get()).isTrue();
      recorder.current().orElseThrow().inPage("main", p -> {
        p.click("[data-testid=login-username]");
        p.keyboard().type("demo");
        // Moving on is what ends typing into a field: only then is the fill a step.
        p.click("[data-testid=login-password]");
        return null;
      });
      awaitFill(vm);
      vm.stop();

      assertThat(dialogs.errors).isEmpty();
      assertThat(opened).hasSize(1);
      assertThat(opened.get(0).file()).isEqualTo(specs.resolve("sign-in-by-label-2.spec.yaml"));
      assertThat(Files.readString(existing)).isEqualTo(existingText);
      assertThat(ws.specStore().history(opened.get(0).id())).singleElement()
          .extracting(SpecVersion::author).isEqualTo("recorder");
      TestSpec spec = SpecFormat.read(opened.get(0).file());
      Step fill = spec.steps().stream().filter(s -> s.action() == Action.FILL).findFirst().orElseThrow();
      assertThat(fill.target().primary()).extracting(Locator::strategy, Locator::value)
          .containsExactly(LocatorStrategy.LABEL, "Username");
      assertThat(fill.target().candidates()).contains(Locator.testId("data-testid", "login-username"));
      assertThat(ProjectSettings.DEFAULTS.locatorPriority().get(0)).as("not the default order")
          .isNotEqualTo(LocatorStrategy.LABEL);
    }
  }

  // The page reports a fill a moment after the input, on the recorder's thread.
  private static void awaitFill(RecordViewModel vm) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < end) {
      if (List.copyOf(vm.steps()).stream().anyMatch(s -> s.action() == Action.FILL && "demo".equals(s.value()))) {
        return;
      }
      Thread.sleep(50);
    }
    fail("no fill recorded; steps: " + vm.steps());
  }
}
