// Exported by Argus Workbench from widgets.spec.yaml.
// Re-exporting overwrites this file.
package com.example.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WidgetsTest {
  // ARGUS_BASE_URL or -Dargus.baseUrl point the test at another server.
  private static final String BASE_URL = setting("argus.baseUrl", "ARGUS_BASE_URL", "http://127.0.0.1:8080/");

  static Playwright playwright;
  static Browser browser;
  BrowserContext context;
  Page page;

  @BeforeAll
  static void launchBrowser() {
    // Use the system browser; never download one.
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setHeadless(true)
        .setExecutablePath(browserPath())
        .setArgs(List.of("--no-sandbox")));
  }

  @AfterAll
  static void closeBrowser() {
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void openPage() {
    context = browser.newContext(new Browser.NewContextOptions()
        .setBaseURL(BASE_URL)
        .setViewportSize(375, 812)
        .setUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")
        .setDeviceScaleFactor(3)
        .setIsMobile(true)
        .setHasTouch(true));
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  @Test
  @DisplayName("Widgets tour")
  void widgetsTour() {
    page.navigate("/widgets.html");
    page.frameLocator("iframe[name=\"payment\"]").getByPlaceholder("Card number").fill("4242 4242 4242 4242");
    page.frameLocator("iframe[name=\"payment\"]").frameLocator("iframe[src*=\"frame-inner.html\"]").getByText("Inner button").click();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rate 4 stars")).click();
    page.getByText("Alpha").dragTo(page.getByText("Gamma"));
    page.locator("input[type=file]").setInputFiles(file("fixtures/report.pdf"));
    page.onceDialog(dialog -> dialog.accept("It's \"quoted\" and ${not a var}"));
    page.getByText("Ask a question").click();
    Page popup1 = page.waitForPopup(() -> {
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open popup")).click();
    });
    assertThat(popup1).hasTitle(Pattern.compile("^Popup"));
    page.bringToFront();
    assertThat(page.getByText("Slow content loaded")).isVisible();
    page.waitForTimeout(250);
    page.keyboard().press("Control+A");
    page.locator("[contenteditable]").pressSequentially("line one\nline two — ünïcödé \u200B");
    assertThat(page.locator("#terms")).hasAttribute("aria-checked", "true");
    // Recording gap: cross-origin iframe https://pay.example.com could not be recorded
  }

  /** An upload file: an absolute path, or a classpath resource beside this class. */
  private static Path file(String name) {
    Path path = Paths.get(name);
    if (path.isAbsolute()) {
      return path;
    }
    URL url = WidgetsTest.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("Upload file " + name + " is not on the classpath beside " + WidgetsTest.class.getName());
    }
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** ARGUS_BROWSER, else /usr/bin/chromium when it exists, else Playwright's own browser. */
  private static Path browserPath() {
    String configured = System.getenv("ARGUS_BROWSER");
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured);
    }
    Path system = Paths.get("/usr/bin/chromium");
    return Files.isExecutable(system) ? system : null;
  }

  private static String setting(String property, String environment, String fallback) {
    String value = System.getProperty(property, System.getenv(environment));
    return value == null || value.isBlank() ? fallback : value;
  }
}
