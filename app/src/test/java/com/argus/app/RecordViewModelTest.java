package com.argus.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.common.ImmediateTaskRunner;
import com.argus.app.common.Navigator;
import com.argus.app.common.SpecRef;
import com.argus.app.common.UiExecutor;
import com.argus.app.common.WorkbenchContext;
import com.argus.app.record.RecordViewModel;
import com.argus.app.record.Recorder;
import com.argus.app.service.RecordService;
import com.argus.engine.project.Project;
import com.argus.engine.spec.SpecVersion;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stop on the Record screen saves through the same {@link RecordService} as {@code argus record}:
 * a new file named after the spec, never over an existing spec, with a version by the recorder. The
 * recorder here is a stand-in that hands back a recorded spec; the store and files are real.
 */
class RecordViewModelTest {
  @TempDir Path dir;

  private Workspace ws;
  private Path specs;
  private Project shop;
  private final WorkbenchContext context = new WorkbenchContext();
  private final List<SpecRef> opened = new ArrayList<>();
  private final ShellFixture.RecordingDialogs dialogs = new ShellFixture.RecordingDialogs();
  private final List<RecordService.Request> started = new ArrayList<>();

  @BeforeEach
  void openWorkspace() throws Exception {
    specs = Files.createDirectories(dir.resolve("specs"));
    ws = Workspace.open(ArgusHome.at(dir.resolve("home")));
    shop = ws.projects().create("shop", "http://127.0.0.1:9/", specs.toString());
  }

  @AfterEach
  void closeWorkspace() {
    ws.close();
  }

  @Test
  void aNameClashTakesTheNextFreeFileAndKeepsTheExistingSpec() throws Exception {
    Path existing = specs.resolve("checkout.spec.yaml");
    SpecFormat.write(TestSpec.named("Checkout", "http://127.0.0.1:9/", List.of()), existing);
    String before = Files.readString(existing);
    context.projectProperty().set(shop);
    RecordViewModel vm = viewModel();
    vm.specNameProperty().set("Checkout");

    vm.start();
    vm.stop();

    assertThat(dialogs.errors).isEmpty();
    assertThat(Files.readString(existing)).isEqualTo(before);
    assertThat(opened).singleElement().satisfies(ref -> {
      assertThat(ref.file()).isEqualTo(specs.resolve("checkout-2.spec.yaml"));
      assertThat(ref.key()).isEqualTo("checkout-2.spec.yaml");
      assertThat(SpecFormat.read(ref.file()).name()).isEqualTo("Checkout");
    });
    assertThat(vm.statusProperty().get()).isEqualTo("Saved as checkout-2.spec.yaml.");
  }

  @Test
  void theSavedSpecHasAVersionByTheRecorder() {
    context.projectProperty().set(shop);
    RecordViewModel vm = viewModel();
    vm.specNameProperty().set("Sign in");

    vm.start();
    vm.stop();

    List<SpecVersion> history = ws.specStore().history(opened.get(0).id());
    assertThat(history).singleElement().satisfies(v -> {
      assertThat(v.author()).isEqualTo("recorder");
      assertThat(v.specKey()).isEqualTo("sign-in.spec.yaml");
    });
  }

  @Test
  void theProjectsSettingsAndTheScreensChoicesReachTheRecorder() {
    context.projectProperty().set(shop);
    RecordViewModel vm = viewModel();
    vm.deviceProperty().set("tablet");
    vm.attachProperty().set(true);
    vm.cdpProperty().set(" http://127.0.0.1:9222 ");

    vm.start();

    assertThat(started).singleElement().satisfies(r -> {
      assertThat(r.project()).isEqualTo(shop);
      assertThat(r.device()).isEqualTo("tablet");
      assertThat(r.cdpEndpoint()).isEqualTo("http://127.0.0.1:9222");
    });
  }

  @Test
  void withoutAProjectStopSaysWhereToGoInsteadOfDroppingTheRecording() {
    RecordViewModel vm = viewModel();
    vm.urlProperty().set("http://127.0.0.1:9/");

    vm.start();
    vm.stop();

    assertThat(opened).isEmpty();
    assertThat(dialogs.errors).singleElement().asString().contains("Open a project first");
    assertThat(vm.recordingProperty().get()).isFalse();
  }

  private RecordViewModel viewModel() {
    Recorder recorder = (request, listener) -> {
      started.add(request);
      return new Recorder.Session() {
        @Override
        public void setAssertMode(boolean on) {}

        @Override
        public TestSpec stop() {
          return TestSpec.named("Recorded on 127.0.0.1", request.url(), List.of());
        }
      };
    };
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
    return new RecordViewModel(recorder, new RecordService(ws.specStore()), new ImmediateTaskRunner(),
        UiExecutor.direct(), dialogs, navigator, context);
  }
}
