package com.argus.app.cli;

import static com.argus.app.cli.SpecCommandTest.argus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.argus.app.cli.SpecCommandTest.Result;
import com.argus.app.common.SpecRef;
import com.argus.app.run.RunPort;
import com.argus.app.run.ServiceRunPort;
import com.argus.app.service.RunService;
import com.argus.app.run.StepLive;
import com.argus.engine.ArgusException;
import com.argus.engine.project.Project;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's "browser" setting is the one browser setting: {@code argus run --project} and the
 * workbench's runner both read it, and both refuse a path that is no browser with the same message.
 */
class BrowserSettingIT {
  @TempDir Path dir;

  @Test
  void theCommandLineAndTheWorkbenchRunnerReadTheSameBrowserSetting() throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Files.writeString(specs.resolve("home.spec.yaml"), """
        schemaVersion: 2
        name: Home opens
        steps:
          - id: open
            action: navigate
            value: /
        """);
    Path home = dir.resolve("home");
    Path missing = dir.resolve("no-such-chrome");
    argus("--home", home.toString(), "project", "create", "shop", "--base-url", "http://127.0.0.1:9/",
        "--specs", specs.toString());
    Result set = argus("--home", home.toString(), "project", "settings", "shop", "--set", "browser=" + missing);
    assertThat(set.exit()).as(set.err()).isZero();
    String expected = "The browser named by the project setting \"browser\" (" + missing + ") is not an executable file";

    Result cli = argus("--home", home.toString(), "run", "--project", "shop");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains(expected).doesNotContain("\tat ");

    try (Workspace ws = Workspace.open(ArgusHome.at(home))) {
      Project shop = ws.projects().findByName("shop").orElseThrow();
      SpecRef spec = new SpecRef(shop, "home.spec.yaml", specs.resolve("home.spec.yaml"));
      assertThatThrownBy(() -> new ServiceRunPort(new RunService(ws)).run(List.of(spec),
          new RunPort.Choices("playwright", "desktop", "off", 1), new RunPort.Listener() {
            @Override
            public void stepStarted(StepLive step) {}

            @Override
            public void stepFinished(StepLive step) {}
          }, () -> false))
          .isInstanceOf(ArgusException.class)
          .satisfies(e -> assertThat(((ArgusException) e).userMessage()).contains(expected));
    }
  }
}
