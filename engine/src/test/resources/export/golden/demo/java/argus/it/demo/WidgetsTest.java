// Exported by Argus Workbench from widgets.spec.yaml.
// Re-exporting overwrites this file.
package argus.it.demo;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.MouseButton;
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
        .setViewportSize(1920, 1080));
    page = context.newPage();
  }

  @AfterEach
  void closeContext() {
    context.close();
  }

  @Test
  @DisplayName("Widgets: frames, shadow DOM, dialogs, popups and the mouse")
  void widgetsFramesShadowDOMDialogsPopupsAndTheMouse() {
    page.navigate("/widgets.html");
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Specs")).click();
    assertThat(page.getByTestId("tab-specs")).hasAttribute("aria-selected", "true");
    assertThat(page.getByText("16 GB memory")).isVisible();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open dialog")).click();
    page.getByLabel("Email address").fill("ada@example.com");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subscribe")).click();
    assertThat(page.getByTestId("dialog-output")).hasText("Subscribed: ada@example.com");
    page.onceDialog(dialog -> {
      dialog.dismiss();
      assertEquals("Delete this item?", dialog.message(), "dialog message");
    });
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete item")).click();
    assertThat(page.getByTestId("confirm-output")).hasText("Confirmed: no");
    page.onceDialog(dialog -> dialog.accept("Ada"));
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask a question")).click();
    assertThat(page.getByTestId("prompt-output")).hasText("Prompt answer: Ada");
    page.onceDialog(dialog -> {
      dialog.accept();
      assertEquals("Hello from Argus Shop", dialog.message(), "dialog message");
    });
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show alert")).click();
    assertThat(page.getByTestId("alert-output")).hasText("Alert dismissed");
    // Now in frame "payment"; each step names its own frames.
    page.frameLocator("iframe[name=\"payment\"]").getByLabel("Card number").fill("4242 4242 4242 4242");
    page.frameLocator("iframe[name=\"payment\"]").frameLocator("iframe[name=\"inner\"]").getByRole(AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Inner button")).click();
    assertThat(page.frameLocator("iframe[name=\"payment\"]").frameLocator("iframe[title=\"Inner frame\"]").getByText("Inner clicked")).isVisible();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rate 4 stars")).click();
    assertThat(page.getByTestId("rating-text")).hasText("Rating: 4");
    page.getByLabel("Attachment").setInputFiles(file("files/report.txt"));
    page.getByTestId("upload-button").click();
    assertThat(page.getByTestId("upload-output")).containsText("Uploaded: report.txt");
    page.getByTestId("sort-alpha").dragTo(page.getByTestId("sort-gamma"));
    assertThat(page.getByTestId("sort-order")).hasText("Order: Beta, Gamma, Alpha, Delta");
    Page popup = page.waitForPopup(() -> {
      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open popup")).click();
    });
    assertThat(popup).hasTitle(Pattern.compile("^Popup page"));
    popup.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Say hello")).click();
    assertThat(popup.getByText("Hello from the popup")).isVisible();
    popup.close();
    page.bringToFront();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Load slow section")).click();
    assertThat(page.getByTestId("slow-section")).isHidden();
    assertThat(page.getByText("Slow content loaded")).isVisible();
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
    assertThat(page.getByTestId("slow-output")).hasText("Slow action done");
    page.waitForFunction("document.readyState === 'complete'");
    page.waitForTimeout(100);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("More")).hover();
    page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Export report")).click();
    assertThat(page.getByTestId("menu-output")).hasText("Menu: Export report");
    page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Notes")).pressSequentially("Hello");
    assertThat(page.getByTestId("notes-count")).hasText("5 characters");
    page.getByText("Double-click me").dblclick();
    assertThat(page.getByTestId("dblclick-output")).hasText("Double-clicked!");
    page.getByText("Right-click me").click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
    page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Duplicate")).click();
    assertThat(page.getByTestId("context-output")).hasText("Context action: Duplicate");
    page.getByLabel("New todo").fill("Write tests");
    page.getByLabel("New todo").press("Enter");
    assertThat(page.getByTestId("todo-item")).hasCount(1);
    assertThat(page.getByTestId("todo-count")).hasText("1 todo");
    page.navigate("/products.html");
    page.goBack();
    assertThat(page).hasURL(Pattern.compile("/widgets\\.html"));
    page.goForward();
    page.reload();
    assertThat(page).hasTitle(Pattern.compile("Products"));
    // Recording gap: the checkout's card processor runs in a cross-origin frame the recorder could not see into
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
