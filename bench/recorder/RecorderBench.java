import com.argus.recorder.RecordingOptions;
import com.argus.recorder.capture.BrowserLauncher;
import com.argus.recorder.capture.CaptureScript;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time the recorder's injected script adds to one input event in the page: N synthetic clicks
 * and N input+change pairs dispatched on a page of about 2,000 elements, timed in the page with
 * performance.now(), once without the script and once with it (the Java binding receiving every
 * event), in one run on one browser.
 *
 * Usage: java -cp ... RecorderBench [events per kind, default 500]
 */
public final class RecorderBench {
  static final String PAGE = """
      <!doctype html><html><head><title>Bench</title></head><body>
      <form id="f"><label for="name">Name</label><input id="name" name="name">
      <label for="mail">Email</label><input id="mail" type="email" name="mail"></form>
      <table id="t"><tbody></tbody></table>
      <script>
        const tb = document.querySelector('#t tbody');
        for (let i = 0; i < 300; i++) {
          const tr = document.createElement('tr');
          tr.innerHTML = '<td>Row ' + i + '</td><td><span class="sc-x' + i + '">v' + i + '</span></td>'
            + '<td><button class="btn edit" data-row="' + i + '">Edit</button></td>'
            + '<td><a href="#r' + i + '">Details ' + i + '</a></td>';
          tb.appendChild(tr);
        }
      </script></body></html>""";

  // Each event is its own task, as a person's are: the loop yields (setTimeout 0) after every
  // dispatch, so work the recorder defers runs between events, outside the timed dispatch. "until
  // verified" also times that yield: the dispatch plus the deferred candidate verification.
  static final String MEASURE = """
      async n => {
        const btn = document.querySelectorAll('button.edit')[150];
        const link = document.querySelectorAll('a')[10];
        const input = document.getElementById('name');
        const tick = () => new Promise(r => setTimeout(r, 0));
        const click = [], clickDone = [], fill = [];
        for (let i = 0; i < n; i++) {
          const target = i % 2 ? btn : link;
          const t0 = performance.now();
          target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1 }));
          click.push(performance.now() - t0);
          await tick();
          clickDone.push(performance.now() - t0);
        }
        for (let i = 0; i < n; i++) {
          input.value = 'value ' + i;
          const t0 = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
          fill.push(performance.now() - t0);
          await tick();
        }
        return { click, clickDone, fill };
      }""";

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
      Browser browser = BrowserLauncher.launch(pw, BrowserLauncher.findBrowser(null), true, BrowserLauncher.argsFor("http://127.0.0.1/"));
      // Warm-up round of each, then the measured round of each.
      run(browser, n / 5, false);
      run(browser, n / 5, true);
      Map<String, double[]> without = run(browser, n, false);
      AtomicLong received = new AtomicLong();
      Map<String, double[]> with = run(browser, n, true, received);
      System.out.printf("events per kind: %d; binding calls received by Java: %d%n", n, received.get());
      System.out.printf("%-28s %10s %10s%n", "", "median ms", "p99 ms");
      for (String kind : List.of("click", "clickDone", "fill")) {
        double[] a = without.get(kind);
        double[] b = with.get(kind);
        System.out.printf("%-28s %10.3f %10.3f%n", kind + " without recorder", pct(a, 50), pct(a, 99));
        System.out.printf("%-28s %10.3f %10.3f%n", kind + " with recorder", pct(b, 50), pct(b, 99));
        System.out.printf("%-28s %10.3f %10.3f%n", kind + " added by recorder", pct(b, 50) - pct(a, 50), pct(b, 99) - pct(a, 99));
      }
      browser.close();
    }
  }

  static Map<String, double[]> run(Browser browser, int n, boolean recorder) {
    return run(browser, n, recorder, new AtomicLong());
  }

  @SuppressWarnings("unchecked")
  static Map<String, double[]> run(Browser browser, int n, boolean recorder, AtomicLong received) {
    BrowserContext ctx = browser.newContext();
    if (recorder) {
      String binding = "__argusRecord_bench";
      ctx.addInitScript(CaptureScript.create(RecordingOptions.DEFAULT_TEST_ID_ATTRIBUTES, List.of(), binding, true).source());
      ctx.exposeBinding(binding, (source, a) -> {
        if (received.incrementAndGet() < 4 && System.getenv("BENCH_DEBUG") != null) {
          System.out.println(String.valueOf(a[0]).substring(0, Math.min(300, String.valueOf(a[0]).length())));
        }
        return null;
      });
    }
    Page page = ctx.newPage();
    // A real navigation (setContent's document.open() would drop the script's listeners), served
    // cross-origin isolated so performance.now() ticks in 5 us instead of 100 us.
    page.route("http://127.0.0.1:9/bench.html", route -> route.fulfill(new Route.FulfillOptions()
        .setStatus(200).setContentType("text/html").setBody(PAGE)
        .setHeaders(Map.of("Cross-Origin-Opener-Policy", "same-origin", "Cross-Origin-Embedder-Policy", "require-corp"))));
    page.navigate("http://127.0.0.1:9/bench.html");
    if (!Boolean.TRUE.equals(page.evaluate("() => crossOriginIsolated"))) {
      System.out.println("warning: page not cross-origin isolated; timer resolution is 100 us");
    }
    Map<String, Object> r = (Map<String, Object>) page.evaluate(MEASURE, n);
    page.waitForTimeout(200);
    ctx.close();
    return Map.of("click", toArray((List<Number>) r.get("click")), "clickDone", toArray((List<Number>) r.get("clickDone")),
        "fill", toArray((List<Number>) r.get("fill")));
  }

  static double[] toArray(List<Number> xs) {
    double[] a = xs.stream().mapToDouble(Number::doubleValue).toArray();
    Arrays.sort(a);
    return a;
  }

  static double pct(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
