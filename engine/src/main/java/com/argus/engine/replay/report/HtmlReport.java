package com.argus.engine.replay.report;

import com.argus.engine.run.StepHeal;
import com.argus.engine.replay.StepResult;
import com.argus.engine.replay.SuiteResult;
import com.argus.engine.replay.TestResult;
import com.argus.engine.run.StepStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a report a person can read: {@code index.html} in the report folder with every test and
 * step, its status, duration, locator used, error and screenshot, plus {@code results.json} with
 * the same data. Screenshots, DOM snapshots and traces are copied beside it; the page loads nothing
 * from elsewhere, so the folder can be archived or mailed as it is.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {
  private static final String CSS = """
      body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1f2328;background:#fff}
      h1{font-size:22px;margin:0 0 4px} .summary{margin:0 0 20px;color:#57606a}
      .pill{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff}
      .PASSED,.PASSED_PENDING_REVIEW{background:#1a7f37} .PASSED_WITH_FALLBACK,.HEALED{background:#9a6700}
      .FAILED,.ERROR{background:#cf222e} .SKIPPED,.CANCELLED,.RUNNING{background:#6e7781} .WARNING{background:#bf8700}
      details.test{border:1px solid #d0d7de;border-radius:6px;margin:0 0 12px;padding:8px 12px}
      details.test>summary{cursor:pointer;font-weight:600;font-size:15px}
      .meta{color:#57606a;font-weight:400;font-size:13px}
      table{border-collapse:collapse;width:100%;margin-top:8px} td,th{border-top:1px solid #eaeef2;padding:6px;vertical-align:top;text-align:left}
      th{font-size:12px;color:#57606a} td.n{color:#57606a;width:28px} td.ms{white-space:nowrap;color:#57606a}
      code{font:12px ui-monospace,monospace;background:#f6f8fa;padding:1px 4px;border-radius:4px}
      pre.err{white-space:pre-wrap;background:#ffebe9;border:1px solid #ffcecb;border-radius:6px;padding:8px;margin:6px 0 0;font:12px ui-monospace,monospace}
      pre.warn{white-space:pre-wrap;background:#fff8c5;border-radius:6px;padding:6px;margin:6px 0 0;font:12px ui-monospace,monospace}
      img.shot{max-width:320px;border:1px solid #d0d7de;border-radius:4px;display:block}
      div.heal{margin:6px 0 0;padding:6px 8px;background:#fff8c5;border:1px solid #eac54f;border-radius:6px;font-size:13px}
      div.heal .shots{display:flex;gap:8px;margin-top:6px} div.heal figure{margin:0} div.heal figcaption{font-size:12px;color:#57606a}
      .d-auto{background:#1a7f37} .d-review{background:#9a6700} .d-proposed{background:#0969da} .d-failed,.d-none{background:#6e7781}
      """;

  /** Writes {@code index.html}, {@code results.json} and the assets into {@code reportDir}. */
  public void write(SuiteResult suite, Path reportDir) {
    ReportAssets assets = new ReportAssets(reportDir);
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Argus run report</title>\n<style>")
        .append(CSS).append("</style></head><body>\n");
    h.append("<h1>Argus run report</h1>\n<p class=\"summary\">").append(suite.tests().size()).append(" tests: ")
        .append(suite.passed()).append(" passed, ").append(suite.failed()).append(" failed, ").append(suite.errors())
        .append(" could not run").append(suite.cancelled() ? ", cancelled" : "").append(" · ")
        .append(esc(suite.startedAt().toString())).append(" · ").append(seconds(suite.durationMs())).append("</p>\n");
    for (TestResult t : suite.tests()) {
      test(h, t, assets);
    }
    h.append("</body></html>\n");
    try {
      Files.createDirectories(reportDir);
      Files.writeString(reportDir.resolve("index.html"), h, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report in " + reportDir, e);
    }
    new ResultsJsonReport().write(suite, reportDir, assets);
  }

  private static void test(StringBuilder h, TestResult t, ReportAssets assets) {
    h.append("<details class=\"test\"").append(t.passed() ? "" : " open").append("><summary>")
        .append(pill(t.status().name())).append(' ').append(esc(t.name()))
        .append(" <span class=\"meta\">").append(esc(t.backend())).append(" · ").append(esc(t.device())).append(" · ")
        .append(seconds(t.durationMs())).append(" · ").append(esc(t.specKey())).append("</span></summary>\n");
    if (t.error() != null) {
      h.append("<pre class=\"err\">").append(esc(t.error())).append("</pre>\n");
    }
    String trace = assets.copy(t.runId(), t.trace());
    if (trace != null) {
      h.append("<p>Trace: <a href=\"").append(esc(trace)).append("\">").append(esc(trace))
          .append("</a> (open with <code>npx playwright show-trace</code>)</p>\n");
    }
    h.append("<table><tr><th>#</th><th>status</th><th>step</th><th>time</th><th>screenshot</th></tr>\n");
    for (StepResult s : t.steps()) {
      step(h, t.runId(), s, assets);
    }
    h.append("</table></details>\n");
  }

  private static void step(StringBuilder h, long runId, StepResult s, ReportAssets assets) {
    h.append("<tr><td class=\"n\">").append(s.index() + 1).append("</td><td>").append(pill(s.status().name()))
        .append("</td><td>").append(esc(s.title()));
    if (s.locatorUsed() != null) {
      h.append("<br><span class=\"meta\">locator used: <code>").append(esc(s.locatorUsed())).append("</code>");
      if (s.status() == StepStatus.PASSED_WITH_FALLBACK) {
        h.append(" (fallback: the first candidate did not match one element)");
      }
      h.append("</span>");
    }
    if (s.error() != null) {
      h.append("<pre class=\"").append(s.status() == StepStatus.FAILED ? "err" : "warn").append("\">")
          .append(esc(s.error())).append("</pre>");
    }
    if (s.heal() != null) {
      heal(h, runId, s.heal(), assets);
    }
    String dom = assets.copy(runId, s.domSnapshot());
    if (dom != null) {
      h.append("<br><a href=\"").append(esc(dom)).append("\">DOM snapshot</a>");
    }
    h.append("</td><td class=\"ms\">").append(s.durationMs()).append(" ms</td><td>");
    String shot = assets.copy(runId, s.screenshot());
    if (shot != null) {
      h.append("<a href=\"").append(esc(shot)).append("\"><img class=\"shot\" loading=\"lazy\" alt=\"screenshot after step ")
          .append(s.index() + 1).append("\" src=\"").append(esc(shot)).append("\"></a>");
    }
    h.append("</td></tr>\n");
  }

  /** The heal of a step: old and new locator, score, what became of it, and the before/after evidence. */
  private static void heal(StringBuilder h, long runId, StepHeal heal, ReportAssets assets) {
    String disposition = heal.disposition();
    h.append("<div class=\"heal\"><b>heal</b> <span class=\"pill d-").append(disposition).append("\">").append(disposition)
        .append("</span> <code>").append(esc(heal.oldLocator())).append("</code> &rarr; <code>")
        .append(esc(heal.newLocator() == null ? "no fix" : heal.newLocator())).append("</code>");
    if (heal.score() != null) {
      h.append(" · score ").append(String.format(Locale.ROOT, "%.2f", heal.score()));
    }
    if (heal.source() != null) {
      h.append(" · by ").append(esc(heal.source().replace('_', ' ')));
    }
    if (heal.proposalId() != null) {
      h.append(" · proposal #").append(heal.proposalId()).append(" (<code>argus heals show ").append(heal.proposalId())
          .append("</code>)");
    }
    if (heal.note() != null) {
      h.append("<br>").append(esc(heal.note()));
    }
    String before = assets.copy(runId, heal.beforeScreenshot());
    String after = assets.copy(runId, heal.afterScreenshot());
    if (before != null || after != null) {
      h.append("<div class=\"shots\">");
      shot(h, before, "before (last good run)");
      shot(h, after, "after (chosen element outlined)");
      h.append("</div>");
    }
    h.append("</div>");
  }

  private static void shot(StringBuilder h, String path, String caption) {
    if (path == null) {
      return;
    }
    h.append("<figure><a href=\"").append(esc(path)).append("\"><img class=\"shot\" loading=\"lazy\" alt=\"").append(esc(caption))
        .append("\" src=\"").append(esc(path)).append("\"></a><figcaption>").append(esc(caption)).append("</figcaption></figure>");
  }

  private static String pill(String status) {
    return "<span class=\"pill " + status + "\">" + status.toLowerCase(Locale.ROOT).replace('_', ' ') + "</span>";
  }

  private static String seconds(long ms) {
    return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
