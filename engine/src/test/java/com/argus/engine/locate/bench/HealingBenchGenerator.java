package com.argus.engine.locate.bench;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Generates the relocation benchmark: loads each page of bench/healing/pages in real Chromium,
 * picks target elements, mutates the page the way a release would (seeded, so the dataset
 * regenerates identically), and writes one JSON line per case: the target's fingerprint before,
 * every visible element's fingerprint after, the known answer, and what classic locators find.
 *
 * <p>Usage: {@code HealingBenchGenerator <bench dir> [seed] [variants per target]}. Needs Chromium
 * (ARGUS_BROWSER or /usr/bin/chromium); scoring the dataset does not.
 */
public final class HealingBenchGenerator {
  private static final String[] TARGET_MUTATIONS = {
    "id_renamed", "id_removed", "class_changed", "wrapped", "reordered", "text_edited",
    "attributes_removed", "tag_changed", "moved", "lookalike_added"
  };
  private static final String[] PAGE_MUTATIONS = {"layout_shift", "all_classes_hashed", "ids_prefixed", "sections_reordered"};

  public static void main(String[] args) throws Exception {
    Path bench = Path.of(args.length > 0 ? args[0] : "bench/healing").toAbsolutePath();
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20240611L;
    int variants = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    String script = Files.readString(bench.resolve("bench.js"));
    ObjectMapper json = JsonMapper.builder().build();
    List<Path> pages;
    try (var s = Files.list(bench.resolve("pages"))) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    String browserPath = System.getenv().getOrDefault("ARGUS_BROWSER", "/usr/bin/chromium");
    Path out = bench.resolve("data/cases.jsonl.gz");
    Files.createDirectories(out.getParent());
    int written = 0;
    int dropped = 0;
    try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(browserPath)).setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run")));
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
      Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
      for (Path p : pages) {
        String name = p.getFileName().toString().replace(".html", "");
        String url = p.toUri().toString();
        // Seeded per page, so adding a page leaves the other pages' cases as they were.
        Random random = new Random(seed ^ name.hashCode());
        load(page, url, script);
        @SuppressWarnings("unchecked")
        Map<String, Object> original = (Map<String, Object>) page.evaluate("() => __argusBench.capture()");
        @SuppressWarnings("unchecked")
        List<Object> originals = (List<Object>) original.get("elements");
        @SuppressWarnings("unchecked")
        List<Number> targets = (List<Number>) page.evaluate("() => __argusBench.targetable()");
        int pageCases = 0;
        for (Number t : targets) {
          int target = t.intValue();
          for (int v = 0; v < variants; v++) {
            List<String> kinds = new ArrayList<>();
            boolean removal = random.nextDouble() < 0.06;
            int count = removal ? 0 : 1 + (random.nextDouble() < 0.45 ? 0 : random.nextDouble() < 0.7 ? 1 : 2);
            while (kinds.size() < count) {
              String k = TARGET_MUTATIONS[random.nextInt(TARGET_MUTATIONS.length)];
              if (!kinds.contains(k)) {
                kinds.add(k);
              }
            }
            if (removal) {
              if (random.nextBoolean()) {
                kinds.add("lookalike_added");
              }
              kinds.add("removed");
            }
            List<String> pageKinds = new ArrayList<>();
            for (String k : PAGE_MUTATIONS) {
              if (random.nextDouble() < 0.12) {
                pageKinds.add(k);
              }
            }
            int jsSeed = random.nextInt(Integer.MAX_VALUE);
            load(page, url, script);
            Object locators = page.evaluate("i => __argusBench.locators(i)", target);
            @SuppressWarnings("unchecked")
            List<String> applied = (List<String>) page.evaluate(
                "a => __argusBench.mutate(a[0], a[1], a[2], a[3])", List.of(target, jsSeed, kinds, pageKinds));
            boolean targetChanged = applied.stream().anyMatch(k -> List.of(TARGET_MUTATIONS).contains(k) || k.equals("removed"));
            @SuppressWarnings("unchecked")
            Map<String, Object> after = (Map<String, Object>) page.evaluate("() => __argusBench.capture()");
            int answer = ((Number) after.get("answer")).intValue();
            if (!targetChanged || (answer < 0 && !applied.contains("removed"))) {
              dropped++;
              continue;
            }
            Object lookups = page.evaluate("l => __argusBench.lookUp(l)", locators);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("case", String.format("%s-%04d", name, pageCases++));
            line.put("page", name);
            line.put("mutations", applied);
            line.put("answer", answer);
            line.put("target", originals.get(target));
            line.put("candidates", after.get("elements"));
            line.put("baseline_locators", lookups);
            w.write(json.writeValueAsString(line));
            w.write('\n');
            written++;
          }
        }
        System.out.printf("%s: %d targets, %d cases%n", name, targets.size(), pageCases);
      }
    }
    System.out.printf("wrote %d cases to %s (%d dropped: mutation did not apply)%n", written, out, dropped);
  }

  private static void load(Page page, String url, String script) {
    page.navigate(url);
    // The engine's page script first: the bench enumerates and fingerprints with it, as live healing does.
    page.evaluate("window.__argusDom = " + DomScript.source());
    page.evaluate(script);
  }
}
