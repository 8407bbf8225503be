package com.argus.engine.locate.bench;

import com.argus.demo.DemoServer;
import com.argus.engine.locate.DomScript;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Real release pairs for the relocation benchmark: the elements the demo specs (examples/demo)
 * act on, captured on demo v1 and found again on demo v2 (docs/demo-app.md lists what v2
 * changes). Each pair is v1 selector → v2 selector; "removed" pairs delete the real element on v2
 * first, so a look-alike trap (the SSO button, the pay-later "Place order") is all that is left and
 * the right answer is no heal. Writes bench/healing/data/demo-cases.jsonl.gz in the format of
 * cases.jsonl.gz. Needs Chromium (ARGUS_BROWSER or /usr/bin/chromium).
 */
public final class DemoPairGenerator {
  /** page, v1 selector, v2 selector (null: removed on v2 before capture; the removed selector follows). */
  private static final String[][] PAIRS = {
    {"login", "[data-testid=login-username]", "[data-testid=login-username]"},
    {"login", "#password", "#pwd-3e91"},
    {"login", "#remember", "#remember-me"},
    {"login", "#login-btn", "[data-testid=auth-submit]"},
    {"login", "#forgot-link", "#forgot-link"},
    {"login", "[data-testid=register-link]", "[data-testid=register-link]"},
    {"login", "h1", "h1"},
    {"login", "#login-btn", null, "[data-testid=auth-submit]"},
    {"products", "[data-testid=product-search]", "[data-testid=product-search]"},
    {"products", "[data-testid=category-filter]", "[data-testid=filter-category]"},
    {"products", "#view-cart", "#basket-link"},
    {"products", "#result-count", "#results-meta"},
    {"products", "[data-testid=add-to-cart-p-101]", "[data-testid=add-to-cart-p-101]"},
    {"products", "[data-testid=nav-cart]", "[data-testid=nav-cart]"},
    {"products", "#cart-count", "#cart-badge-q1"},
    {"cart", "#cart-empty", "#cart-empty"},
    {"cart", "[data-testid=browse-products]", "[data-testid=browse-products]"},
    {"checkout", "#full-name", "#full-name"},
    {"checkout", "#email", "#field-email-x2"},
    {"checkout", "#address", "#address"},
    {"checkout", "#country", "#country"},
    {"checkout", "#ship-standard", "#ship-standard"},
    {"checkout", "#ship-express", "#ship-express"},
    {"checkout", "#terms", "#tos-accept"},
    {"checkout", "#place-order", "#submit-3d9f1e"},
    {"checkout", "#place-order", null, "#submit-3d9f1e"},
  };

  public static void main(String[] args) throws Exception {
    Path bench = Path.of(args.length > 0 ? args[0] : "bench/healing").toAbsolutePath();
    String script = Files.readString(bench.resolve("bench.js"));
    ObjectMapper json = JsonMapper.builder().build();
    String browserPath = System.getenv().getOrDefault("ARGUS_BROWSER", "/usr/bin/chromium");
    Path out = bench.resolve("data/demo-cases.jsonl.gz");
    int written = 0;
    try (DemoServer v1 = DemoServer.start("v1", 0);
        DemoServer v2 = DemoServer.start("v2", 0);
        Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(browserPath)).setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run")));
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
      for (String[] pair : PAIRS) {
        String name = pair[0];
        load(page, v1.baseUri() + name + ".html", script);
        page.waitForSelector(pair[1]);
        page.evaluate("s => { document.querySelector(s).__argusTarget = true; }", pair[1]);
        @SuppressWarnings("unchecked")
        Map<String, Object> before = (Map<String, Object>) page.evaluate("() => __argusBench.capture()");
        int target = ((Number) before.get("answer")).intValue();
        if (target < 0) {
          throw new IllegalStateException(pair[1] + " is not a visible candidate on v1 " + name);
        }
        Object locators = page.evaluate("i => __argusBench.locators(i)", target);
        load(page, v2.baseUri() + name + ".html", script);
        boolean removed = pair[2] == null;
        page.waitForSelector(removed ? pair[3] : pair[2]);
        if (removed) {
          page.evaluate("s => document.querySelector(s).remove()", pair[3]);
        } else {
          page.evaluate("s => { document.querySelector(s).__argusTarget = true; }", pair[2]);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> after = (Map<String, Object>) page.evaluate("() => __argusBench.capture()");
        int answer = ((Number) after.get("answer")).intValue();
        if (!removed && answer < 0) {
          throw new IllegalStateException(pair[2] + " is not a visible candidate on v2 " + name);
        }
        @SuppressWarnings("unchecked")
        List<Object> elements = (List<Object>) before.get("elements");
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("case", String.format("demo-%s-%02d", name, written));
        line.put("page", "demo-" + name);
        line.put("mutations", removed ? List.of("demo_v2", "removed") : List.of("demo_v2"));
        line.put("answer", answer);
        line.put("target", elements.get(target));
        line.put("candidates", after.get("elements"));
        line.put("baseline_locators", page.evaluate("l => __argusBench.lookUp(l)", locators));
        line.put("v1", pair[1]);
        line.put("v2", removed ? "removed: " + pair[3] : pair[2]);
        w.write(json.writeValueAsString(line));
        w.write('\n');
        written++;
      }
    }
    System.out.printf("wrote %d demo v1→v2 cases to %s%n", written, out);
  }

  private static void load(Page page, String url, String script) {
    page.navigate(url);
    page.waitForLoadState();
    // The engine's page script first: the bench enumerates and fingerprints with it, as live healing does.
    page.evaluate("window.__argusDom = " + DomScript.source());
    page.evaluate(script);
  }
}
