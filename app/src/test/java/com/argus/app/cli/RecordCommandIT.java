package com.argus.app.cli;

import static com.argus.app.cli.SpecCommandTest.argus;
import static org.assertj.core.api.Assertions.assertThat;

import com.argus.app.cli.SpecCommandTest.Result;
import com.argus.demo.DemoServer;
import com.argus.engine.project.Project;
import com.argus.engine.replay.support.ProcessTrees;
import com.argus.engine.spec.Action;
import com.argus.engine.spec.Locator;
import com.argus.engine.spec.LocatorStrategy;
import com.argus.engine.spec.SpecVersion;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.TestSpec;
import com.argus.engine.spec.format.SpecFormat;
import com.argus.engine.spec.store.SpecId;
import com.argus.store.ArgusHome;
import com.argus.store.Workspace;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code argus record --cdp} end to end: the command attaches to a running Chromium, a person (here
 * Playwright on the same browser) signs in to the demo shop, closing the tab ends the recording, and
 * the spec on disk holds the steps with the password as a secret variable.
 */
class RecordCommandIT {
  @TempDir Path dir;

  @Test
  void recordsASignInIntoAProjectWithThePasswordAsASecret() throws Exception {
    TestSpec spec = recordSignIn();
    assertThat(spec.name()).isEqualTo("Sign in");
    assertThat(spec.secretVariables()).isNotEmpty();
    List<Action> actions = spec.steps().stream().map(Step::action).toList();
    assertThat(actions).contains(Action.NAVIGATE, Action.FILL, Action.CLICK);
    assertThat(usernameFill(spec).target().primary()).isEqualTo(Locator.testId("data-testid", "login-username"));
  }

  @Test
  void theProjectsLocatorPriorityDecidesTheFirstLocatorRecorded() throws Exception {
    TestSpec spec = recordSignIn("locatorPriority=label");
    assertThat(usernameFill(spec).target().primary()).extracting(Locator::strategy, Locator::value)
        .containsExactly(LocatorStrategy.LABEL, "Username");
    assertThat(usernameFill(spec).target().candidates()).contains(Locator.testId("data-testid", "login-username"));
  }

  private static Step usernameFill(TestSpec spec) {
    return spec.steps().stream().filter(s -> s.action() == Action.FILL && "demo".equals(s.value())).findFirst()
        .orElseThrow(() -> new AssertionError("no fill of the username in " + spec.steps()));
  }

  /** Records a sign-in to the demo shop into a project with these settings (KEY=VALUE) changed. */
  private TestSpec recordSignIn(String... settings) throws Exception {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Path home = dir.resolve("home");
    // A spec of the same name is already there: the recording must not replace it.
    Path existing = specs.resolve("sign-in.spec.yaml");
    SpecFormat.write(TestSpec.named("Sign in", "http://127.0.0.1:9/", List.of()), existing);
    String existingText = Files.readString(existing);
    try (DemoServer demo = DemoServer.start("v1", 0)) {
      argus("--home", home.toString(), "project", "create", "shop", "--base-url", demo.baseUri().toString(),
          "--specs", specs.toString());
      for (String setting : settings) {
        Result set = argus("--home", home.toString(), "project", "settings", "shop", "--set", setting);
        assertThat(set.exit()).as(set.err()).isZero();
      }
      Process chromium = startChromium(dir.resolve("profile"));
      try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
          .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
        String endpoint = "http://127.0.0.1:" + Files.readAllLines(dir.resolve("profile/DevToolsActivePort")).get(0).trim();
        String login = demo.baseUri() + "login.html";
        CompletableFuture<Result> recording = CompletableFuture.supplyAsync(() -> argus("--home", home.toString(),
            "record", "--cdp", endpoint, "--url", login, "--project", "shop", "--name", "Sign in"));

        Browser browser = playwright.chromium().connectOverCDP(endpoint);
        Page page = awaitPage(browser, "login.html", recording);
        page.waitForTimeout(500);
        page.getByLabel("Username").fill("demo");
        page.getByLabel("Password").fill("demo123");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL("**/products.html");
        page.waitForTimeout(500);
        page.close();

        Result r = recording.get(60, TimeUnit.SECONDS);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("+").contains("wrote");
        Path file = specs.resolve("sign-in-2.spec.yaml");
        assertThat(r.out()).contains("wrote").contains(file.toString());
        assertThat(Files.readString(existing)).isEqualTo(existingText);
        String text = Files.readString(file);
        assertThat(text).doesNotContain("demo123");
        try (Workspace ws = Workspace.open(ArgusHome.at(home))) {
          Project shop = ws.projects().findByName("shop").orElseThrow();
          assertThat(ws.specStore().history(new SpecId(shop.id(), "sign-in-2.spec.yaml")))
              .singleElement().extracting(SpecVersion::author).isEqualTo("recorder");
        }
        return SpecFormat.read(file);
      } finally {
        // Before the temp dir holding its profile is deleted.
        ProcessTrees.stopAndAwait(chromium, java.time.Duration.ofSeconds(10));
      }
    }
  }

  private static Page awaitPage(Browser browser, String urlPart, CompletableFuture<Result> recording) {
    // Playwright-java delivers page events only inside its own calls, so wait through one.
    BrowserContext context = browser.contexts().get(0);
    context.waitForCondition(() -> {
      if (recording.isDone()) {
        throw new AssertionError("argus record ended early: " + recording.join());
      }
      return context.pages().stream().anyMatch(p -> p.url().contains(urlPart));
    }, new BrowserContext.WaitForConditionOptions().setTimeout(30_000));
    return context.pages().stream().filter(p -> p.url().contains(urlPart)).findFirst().orElseThrow();
  }

  private static Process startChromium(Path profile) throws Exception {
    Files.createDirectories(profile);
    Process p = new ProcessBuilder("/usr/bin/chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--no-first-run", "--disable-sync",
        "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", "--user-data-dir=" + profile, "about:blank")
        .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!(Files.exists(portFile) && Files.size(portFile) > 0) && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    return p;
  }
}
