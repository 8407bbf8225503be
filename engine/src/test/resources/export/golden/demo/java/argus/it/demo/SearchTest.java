// Exported by Argus Workbench from search.spec.yaml.
// Re-exporting overwrites this file.
package argus.it.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SearchTest {
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

  static Stream<Map<String, String>> rows() {
    return Stream.of(
        row("term", "lamp", "hits", "1"),
        row("term", "chair", "hits", "2"),
        row("term", "desk", "hits", "2"));
  }

  @ParameterizedTest(name = "row {index}")
  @MethodSource("rows")
  @DisplayName("Search finds products by name")
  void searchFindsProductsByName(Map<String, String> row) {
    page.navigate("/products.html");
    page.getByTestId("product-search").fill(row.get("term"));
    assertThat(page.locator(".product-card:visible")).hasCount(Integer.parseInt(row.get("hits")));
    assertThat(page.getByTestId("result-count")).hasText("Showing " + row.get("hits") + " of 12 products");
  }

  private static Map<String, String> row(String... columnsAndValues) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      row.put(columnsAndValues[i], columnsAndValues[i + 1]);
    }
    return row;
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
