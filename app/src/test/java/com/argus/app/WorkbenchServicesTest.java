package com.argus.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.app.common.Work;
import com.argus.app.specs.SampleProject;
import com.argus.engine.ArgusException;
import com.argus.engine.project.Project;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root's start and stop: real Derby workspace, real demo shop on loopback. */
class WorkbenchServicesTest {
  static final Work.Progress QUIET = new Work.Progress() {
    @Override
    public void update(double fraction, String message) {}

    @Override
    public boolean isCancelled() {
      return false;
    }
  };

  @TempDir
  Path tmp;

  @Test
  void firstStartServesTheDemoShopAndPointsTheSampleProjectAtIt() throws Exception {
    ArgusHome home = ArgusHome.at(tmp.resolve("home"));
    try (WorkbenchServices services = WorkbenchServices.open(home, ShellFixture.DEMO_EXAMPLES, 0, QUIET)) {
      Project demo = services.workspace.projects().findByName(SampleProject.NAME).orElseThrow();
      assertThat(demo.baseUrl()).isEqualTo(services.demo.baseUri().toString());
      assertThat(Path.of(demo.specsDir())).isDirectoryContaining("glob:**/shop.spec.yaml")
          .isDirectoryContaining("glob:**/fixtures");
      HttpResponse<String> page = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(services.demo.baseUri().resolve("login.html")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void whenThePreferredPortIsTakenTheDemoShopMovesAndTheSampleProjectFollows() throws Exception {
    ArgusHome home = ArgusHome.at(tmp.resolve("home"));
    String first;
    try (WorkbenchServices services = WorkbenchServices.open(home, ShellFixture.DEMO_EXAMPLES, 0, QUIET)) {
      first = services.demo.baseUri().toString();
    }
    int port = URI.create(first).getPort();
    try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
        WorkbenchServices services = WorkbenchServices.open(home, ShellFixture.DEMO_EXAMPLES, port, QUIET)) {
      String now = services.demo.baseUri().toString();
      assertThat(now).isNotEqualTo(first);
      assertThat(services.workspace.projects().findByName(SampleProject.NAME).orElseThrow().baseUrl()).isEqualTo(now);
    }
  }

  @Test
  void aProjectPointedElsewhereIsLeftAlone() throws Exception {
    ArgusHome home = ArgusHome.at(tmp.resolve("home"));
    try (WorkbenchServices services = WorkbenchServices.open(home, ShellFixture.DEMO_EXAMPLES, 0, QUIET)) {
      Project demo = services.workspace.projects().findByName(SampleProject.NAME).orElseThrow();
      services.workspace.projects().updateBaseUrl(demo.id(), "https://staging.example.com/");
    }
    try (WorkbenchServices services = WorkbenchServices.open(home, ShellFixture.DEMO_EXAMPLES, 0, QUIET)) {
      assertThat(services.workspace.projects().findByName(SampleProject.NAME).orElseThrow().baseUrl())
          .isEqualTo("https://staging.example.com/");
    }
  }

  @Test
  void aHomeInUseIsRefusedWithAMessageAndNothingIsLeftRunning() {
    ArgusHome home = ArgusHome.at(tmp.resolve("home"));
    try (Workspace holder = Workspace.open(home)) {
      assertThatThrownBy(() -> WorkbenchServices.open(home, ShellFixture.DEMO_EXAMPLES, 0, QUIET))
          .isInstanceOf(ArgusException.class)
          .extracting(e -> ((ArgusException) e).userMessage()).asString().contains("already open");
      assertThat(holder.projects().list()).isEmpty();
    }
  }
}
