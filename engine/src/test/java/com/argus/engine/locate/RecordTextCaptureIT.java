package com.argus.engine.locate;

import static org.assertj.core.api.Assertions.assertThat;

import com.argus.engine.spec.ElementFingerprint;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * In real Chromium, the candidates a heal chooses from carry the text of the record they belong
 * to: a table row, a list item, a card in a grid (siblings of one class), none outside one; and
 * the text around them, which a wrapper does not change.
 */
class RecordTextCaptureIT {
  private static final String PAGE = """
      <!doctype html><html><body>
      <!-- Rows minified as a production build serves them: no white space between the cells. -->
      <table><tbody>
        <tr><td>INV-2041</td><td>Initech</td><td><div class="x"><button>Edit</button></div></td></tr><tr><td>INV-2042</td><td>Globex</td><td><div class="x"><button>Edit</button></div></td></tr>
      </tbody></table>
      <div class="grid">
        <div class="card"><h3>Trail Running Shoe</h3><button>Add to cart</button></div>
        <div class="card"><h3>Merino Wool Socks</h3><button>Add to cart</button></div>
      </div>
      <form><label for="q">Search</label><input id="q"><button>Go</button></form>
      </body></html>""";

  @Test
  void candidatesCarryTheirRowsAndCardsText() {
    List<ElementFingerprint> all = capture(PAGE);
    {
      List<ElementFingerprint> edits = all.stream().filter(f -> "button".equals(f.tag()) && "Edit".equals(f.text())).toList();
      assertThat(edits).extracting(ElementFingerprint::recordText)
          .containsExactly("INV-2041 Initech Edit", "INV-2042 Globex Edit");
      assertThat(all.stream().filter(f -> "button".equals(f.tag()) && "Add to cart".equals(f.text())).map(ElementFingerprint::recordText))
          .containsExactly("Trail Running Shoe Add to cart", "Merino Wool Socks Add to cart");
      assertThat(all.stream().filter(f -> "button".equals(f.tag()) && "Go".equals(f.text())).findFirst().orElseThrow().recordText()).isNull();
    }
  }

  /* A release that wraps a button in a <div> has not changed what is around it. */
  @Test
  void aWrappedElementKeepsItsNeighbourText() {
    String row = "<div class=\"row\"><span>Grace O'Connell</span><span>Member</span><div class=\"actions\">%s<button>Impersonate</button></div></div>";
    List<ElementFingerprint> all = capture("<!doctype html><html><body>"
        + row.formatted("<button aria-label=\"Edit user\">✎</button>")
        + row.formatted("<div class=\"css-1x2y\"><button aria-label=\"Edit user\">✎</button></div>") + "</body></html>");
    List<String> neighbours = all.stream().filter(f -> "Edit user".equals(f.ariaLabel())).map(ElementFingerprint::neighborText).toList();
    assertThat(neighbours).hasSize(2).doesNotContainNull();
    assertThat(neighbours.get(0)).contains("Grace O'Connell", "Member", "Impersonate");
    // The same words (a block wrapper only changes where innerText breaks the line).
    assertThat(neighbours.get(1)).contains("Grace O'Connell", "Member", "Impersonate");
  }

  private static List<ElementFingerprint> capture(String html) {
    try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(Path.of(System.getenv().getOrDefault("ARGUS_BROWSER", "/usr/bin/chromium"))).setHeadless(true)
            .setArgs(List.of("--no-sandbox", "--disable-gpu")))) {
      Page page = browser.newPage();
      page.setContent(html);
      return FingerprintCapture.fromScriptResults(page.evaluate("() => " + FingerprintCapture.candidatesExpression()));
    }
  }
}
