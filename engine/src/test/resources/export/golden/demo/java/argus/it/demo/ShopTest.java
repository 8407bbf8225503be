// Exported by Argus Workbench from shop.spec.yaml.
// Re-exporting overwrites this file.
package argus.it.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
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

class ShopTest {
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
  @DisplayName("Shop: sign in, search, cart and checkout")
  void shopSignInSearchCartAndCheckout() {
    String username = "demo";
    String password = secret("PASSWORD");

    page.navigate("/login.html");
    assertThat(page).hasTitle("Sign in · Argus Shop");
    page.getByTestId("login-username").fill(username);
    page.getByTestId("login-password").fill(password);
    page.getByLabel("Remember me").check();
    assertThat(page.getByTestId("login-remember")).isChecked();
    page.getByLabel("Remember me").uncheck();
    assertThat(page.getByTestId("login-remember")).not().isChecked();
    // Sign in
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    assertThat(page).hasURL(Pattern.compile("/products\\.html"));
    assertThat(page.locator(".product-card:visible")).hasCount(12);
    page.getByTestId("product-search").fill("chair");
    assertThat(page.getByTestId("result-count")).hasText("Showing 2 of 12 products");
    page.getByLabel("Category").selectOption("Furniture");
    assertThat(page.locator(".product-card:visible")).hasCount(2);
    page.getByLabel("Category").selectOption("All categories");
    page.getByPlaceholder("Search products").fill("Laptop");
    page.getByTestId("add-to-cart-p-101").click();
    assertThat(page.getByTestId("toast")).containsText("Laptop added to cart");
    assertThat(page.getByTestId("cart-count")).hasText("1");
    page.getByTestId("nav-cart").click();
    page.getByLabel("Quantity for Laptop").fill("2");
    assertThat(page.getByTestId("cart-total")).hasText(Pattern.compile("\\$2,398\\.00"));
    page.onceDialog(dialog -> {
      dialog.accept();
      assertEquals("Remove Laptop from cart?", dialog.message(), "dialog message");
    });
    page.getByTestId("remove-p-101").click();
    assertThat(page.getByTestId("cart-empty")).isVisible();
    page.navigate("/checkout.html");
    page.getByLabel("Full name").fill("Ada Lovelace");
    page.getByLabel("Email").fill("ada@example.com");
    page.getByLabel("Address").fill("12 Analytical Row");
    page.getByLabel("Country").selectOption("Germany");
    assertThat(page.getByLabel("Country")).hasValue("DE");
    page.getByLabel("Express shipping").check();
    page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("I accept the terms")).check();
    assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("I accept the terms"))).hasAttribute("aria-checked", "true");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();
    assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Thank you, Ada Lovelace! Order number: ARG-");
    page.keyboard().press("Escape");
    assertThat(page.getByRole(AriaRole.DIALOG)).isHidden();
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
