// Exported by Argus Workbench from checkout.spec.yaml.
// Re-exporting overwrites this file.
package com.example.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
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

class CheckoutTest {
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
        .setViewportSize(1920, 1080));
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  @Test
  @DisplayName("Checkout with a saved card")
  void checkoutWithASavedCard() {
    String username = "demo";
    String password = secret("PASSWORD");

    page.navigate("/login.html");
    page.getByTestId("login-username").fill(username);
    page.getByLabel("Password").fill(password);
    // Sign in
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(page).hasURL(Pattern.compile("/products"));
    page.locator("[data-qa=\"add-to-cart\"]").click();
    assertThat(page.locator(".product-card")).hasCount(12);
    page.onceDialog(dialog -> {
      dialog.accept();
      assertEquals("Remove Laptop from cart?", dialog.message(), "dialog message");
    });
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove")).click();
    page.getByLabel("I accept the terms").check(new Locator.CheckOptions().setTimeout(5000));
    page.getByLabel("Country").selectOption("Germany");
    // Disabled in the spec: hover text=More
    // page.getByText("More").hover();
    assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Order placed");
  }

  /** Secrets never live in the test: set ARGUS_SECRET_<NAME> in the environment. */
  private static String secret(String name) {
    String value = System.getenv("ARGUS_SECRET_" + name);
    if (value == null) {
      throw new IllegalStateException("Set the environment variable ARGUS_SECRET_" + name + " to run this test");
    }
    return value;
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
