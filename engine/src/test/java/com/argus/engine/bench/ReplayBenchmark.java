package com.argus.engine.bench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.argus.engine.browser.BrowserDiscovery;
import com.argus.engine.browser.BrowserLaunch;
import com.argus.engine.browser.PlaywrightPool;
import com.argus.engine.replay.Backend;
import com.argus.engine.replay.RunListener;
import com.argus.engine.replay.RunOptions;
import com.argus.engine.replay.SpecRunner;
import com.argus.engine.spec.SpecSource;
import com.argus.engine.replay.SuiteResult;
import com.argus.engine.replay.support.FixtureServer;
import com.argus.engine.replay.support.RecordingRunRepository;
import com.argus.engine.secret.SecretsProvider;
import com.argus.engine.spec.format.SpecFormat;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.MouseButton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The engine's overhead over plain Playwright: the same 30-step flow replayed by {@link SpecRunner}
 * and by hand-written Playwright-java calls, alternating, on one shared browser, with screenshots off
 * and on. Prints milliseconds per step and the ratio. Run with bench/replay/run.sh [rounds].
 */
public final class ReplayBenchmark {
  private static final int STEPS = 30;

  public static void main(String[] args) throws Exception {
    int status = 1;
    try {
      measure(args);
      status = 0;
    } finally {
      // Playwright's pipe threads are not daemons; end the JVM whatever happened.
      PlaywrightPool.shared().close();
      System.exit(status);
    }
  }

  private static void measure(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    String base = FixtureServer.baseUrl();
    Path spec = Path.of(args.length > 1 ? args[1] : "engine/src/test/resources/bench/flow.spec.yaml");
    SpecSource source = SpecSource.of(SpecFormat.read(spec), spec);
    Path artifacts = Files.createTempDirectory("argus-bench");
    BrowserLaunch launch = BrowserLaunch.headless(new BrowserDiscovery().find(Optional.empty()), true);

    StringBuilder report = new StringBuilder();
    for (boolean screenshots : new boolean[] {false, true}) {
      RunOptions options = RunOptions.builder(artifacts).backend(Backend.PLAYWRIGHT).baseUrl(base)
          .screenshots(screenshots).build();
      // Warm-up: Playwright start, browser launch, JIT.
      runEngine(options, source);
      runHandWritten(launch, base, screenshots);
      List<Long> engine = new ArrayList<>();
      List<Long> hand = new ArrayList<>();
      for (int i = 0; i < rounds; i++) {
        if (i % 2 == 0) {
          engine.add(runEngine(options, source));
          hand.add(runHandWritten(launch, base, screenshots));
        } else {
          hand.add(runHandWritten(launch, base, screenshots));
          engine.add(runEngine(options, source));
        }
      }
      double e = median(engine) / 1e6 / STEPS;
      double h = median(hand) / 1e6 / STEPS;
      report.append(String.format(Locale.ROOT, "screenshots %-3s  argus %.2f ms/step  playwright %.2f ms/step  ratio %.3f  (median of %d rounds)%n",
          screenshots ? "on" : "off", e, h, e / h, rounds));
    }
    org.slf4j.LoggerFactory.getLogger(ReplayBenchmark.class).info("\n{}", report);
    Files.createDirectories(Path.of("engine", "target"));
    Files.writeString(Path.of("engine", "target", "bench-replay.txt"), report);
  }

  private static long runEngine(RunOptions options, SpecSource source) {
    long start = System.nanoTime();
    SuiteResult result = new SpecRunner(options, new RecordingRunRepository(), SecretsProvider.none(), RunListener.NONE)
        .run(List.of(source));
    long took = System.nanoTime() - start;
    if (!result.allPassed()) {
      throw new IllegalStateException("the engine's run failed: " + result.tests().get(0).error());
    }
    return took;
  }

  /** The same calls a person would write with Playwright-java, web-first assertions included. */
  private static long runHandWritten(BrowserLaunch launch, String base, boolean screenshots) {
    long start = System.nanoTime();
    try (PlaywrightPool.Lease lease = PlaywrightPool.shared().lease(launch)) {
      Browser browser = lease.browser();
      BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1920, 1080));
      Page page = context.newPage();
      Runnable shot = screenshots ? () -> page.screenshot() : () -> { };
      page.navigate(base + "login.html"); shot.run();
      page.getByTestId("login-username").fill("demo"); shot.run();
      page.getByLabel("Password").fill("demo123"); shot.run();
      page.getByLabel("Remember me").check(); shot.run();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click(); shot.run();
      assertThat(page).hasURL(Pattern.compile("products\\.html")); shot.run();
      assertThat(page.locator(".product-card")).hasCount(3); shot.run();
      page.locator("[data-qa=\"add-chair\"]").click(); shot.run();
      assertThat(page.locator("#cart-count")).hasText("1"); shot.run();
      page.locator("[data-qa=\"add-lamp\"]").click(); shot.run();
      assertThat(page.locator("#cart-count")).hasText("2"); shot.run();
      page.getByPlaceholder("Search products").fill("chair"); shot.run();
      assertThat(page.locator(".product-card:visible")).hasCount(2); shot.run();
      page.getByLabel("Sort by").selectOption("price"); shot.run();
      assertThat(page.getByLabel("Sort by")).hasValue("price"); shot.run();
      page.navigate(base + "widgets.html"); shot.run();
      FrameLocator payment = page.frameLocator("iframe[name=\"payment\"]");
      payment.getByPlaceholder("Card number").fill("4242"); shot.run();
      payment.frameLocator("iframe[src*=\"frame-inner.html\"]").getByText("Inner button").click(); shot.run();
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rate 4 stars")).click(); shot.run();
      assertThat(page.locator("#rating")).hasText("4"); shot.run();
      page.getByText("Double click me").dblclick(); shot.run();
      assertThat(page.getByText("Double clicked")).isVisible(); shot.run();
      page.locator("#ctx").click(new com.microsoft.playwright.Locator.ClickOptions().setButton(MouseButton.RIGHT));
      shot.run();
      page.getByText("More").hover(); shot.run();
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Settings")).click(); shot.run();
      page.getByLabel("I accept the terms").check(); shot.run();
      page.getByLabel("Country").selectOption("de"); shot.run();
      assertThat(page.getByLabel("Country")).hasValue("de"); shot.run();
      page.getByLabel("Key target").fill("hello"); shot.run();
      assertThat(page).hasTitle("Widgets - Fixture"); shot.run();
      context.close();
    }
    return System.nanoTime() - start;
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
