package com.argus.engine.export;

import com.argus.engine.spec.Action;
import com.argus.engine.spec.Assertion;
import com.argus.engine.spec.FrameRef;
import com.argus.engine.spec.MatchMode;
import com.argus.engine.spec.SelectOptions;
import com.argus.engine.spec.Step;
import com.argus.engine.spec.Target;
import com.argus.engine.spec.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes the {@code test(...)} block of one spec as Playwright Test TypeScript: one statement a
 * step, named steps as {@code test.step}, every recorded string through {@link Literals#js}.
 *
 * <p>Not thread-safe; one per spec.
 */
final class TsTestWriter {
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private final SpecPlan plan;
  boolean needsPath;
  boolean needsSecret;
  boolean needsEscapeRegExp;
  /** False while rendering a disabled step: it is only shown, so it reports nothing. */
  private boolean reporting = true;

  TsTestWriter(SpecPlan plan) {
    this.plan = plan;
  }

  String write() {
    Code code = new Code(0);
    String title = Literals.js(plan.specName());
    if (plan.data.isEmpty()) {
      code.open("test(" + title + ", async ({ page }) => {");
      body(code);
      code.close("});");
    } else {
      code.open("const rows = [");
      for (Map<String, String> row : plan.data.rows()) {
        List<String> cells = new ArrayList<>();
        row.forEach((k, v) -> cells.add(key(k) + ": " + Literals.js(v)));
        code.line("{ " + String.join(", ", cells) + " },");
      }
      code.close("];");
      code.blank();
      code.open("for (const [index, row] of rows.entries()) {");
      code.open("test(" + Literals.js(plan.specName() + " (row ") + " + (index + 1) + ')', async ({ page }) => {");
      body(code);
      code.close("});");
      code.close("}");
    }
    return code.toString();
  }

  private void body(Code code) {
    boolean declared = false;
    for (Variable v : plan.spec.variables()) {
      if (!plan.isColumn(v.name()) && plan.referenced.contains(v.name())) {
        String id = plan.variableIds.get(v.name());
        if (v.isSecret()) {
          needsSecret = true;
          code.line("const " + id + " = secret(" + Literals.js(v.name().toUpperCase(Locale.ROOT)) + ");");
        } else {
          code.line("const " + id + " = " + Literals.js(v.value() == null ? "" : v.value()) + ";");
        }
        declared = true;
      }
    }
    if (declared) {
      code.blank();
    }
    for (Step s : plan.spec.steps()) {
      step(s, code);
    }
  }

  private void step(Step s, Code code) {
    if (!s.isEnabled()) {
      code.line("// Disabled in the spec: " + Literals.comment(s.title()));
      Code shown = new Code(code.level());
      reporting = false;
      render(s, shown);
      reporting = true;
      code.appendCommented(shown);
      return;
    }
    boolean named = s.name() != null && !s.name().isBlank();
    // A test.step callback would hide the popup's variable from later steps: a comment instead.
    if (named && s.opens() == null) {
      code.open("await test.step(" + Literals.js(s.name()) + ", async () => {");
      render(s, code);
      code.close("});");
    } else {
      if (named) {
        code.line("// " + Literals.comment(s.name()));
      }
      render(s, code);
    }
  }

  private void render(Step s, Code code) {
    String page = plan.pageIds.get(s.pageName());
    if (page == null) {
      fixme(s, code, "it acts in page '" + s.pageName() + "', which no earlier enabled step opens");
      return;
    }
    Integer timeout = s.effectiveOptions().timeoutMs();
    if (s.effectiveOptions().isContinueOnFailure() && s.action() != Action.ASSERT && reporting) {
      plan.note(s, "continueOnFailure is exported only for assertions (as expect.soft); this step fails the test");
    }
    switch (s.action()) {
      case NAVIGATE -> code.line("await " + page + ".goto(" + expr(s.value()) + opts(timeout) + ");");
      case BACK -> code.line("await " + page + ".goBack(" + optsOnly(timeout) + ");");
      case FORWARD -> code.line("await " + page + ".goForward(" + optsOnly(timeout) + ");");
      case RELOAD -> code.line("await " + page + ".reload(" + optsOnly(timeout) + ");");
      case CLICK -> elementAction(s, code, page, "click", "", timeout);
      case DBLCLICK -> elementAction(s, code, page, "dblclick", "", timeout);
      case RIGHTCLICK -> withTarget(s, code, page, l -> opener(s, code, page,
          "await " + l + ".click(" + options(List.of("button: 'right'"), timeout) + ");"));
      case FILL -> elementAction(s, code, page, "fill", expr(s.value()), timeout);
      case TYPE -> elementAction(s, code, page, "pressSequentially", expr(s.value()), timeout);
      case PRESS -> {
        if (s.target() == null) {
          code.line("await " + page + ".keyboard.press(" + expr(s.value()) + ");");
        } else {
          elementAction(s, code, page, "press", expr(s.value()), timeout);
        }
      }
      case SELECT -> elementAction(s, code, page, "selectOption", options(s.value()), timeout);
      case CHECK -> elementAction(s, code, page, "check", "", timeout);
      case UNCHECK -> elementAction(s, code, page, "uncheck", "", timeout);
      case HOVER -> elementAction(s, code, page, "hover", "", timeout);
      case DRAG -> withTarget(s, code, page, from -> {
        Optional<String> to = locator(s, page, s.to());
        if (to.isEmpty()) {
          fixme(s, code, "its drop target has no locator Playwright can express");
        } else {
          opener(s, code, page, "await " + from + ".dragTo(" + to.get() + opts(timeout) + ");");
        }
      });
      case UPLOAD -> withTarget(s, code, page, l ->
          code.line("await " + l + ".setInputFiles(" + uploadPath(s.value()) + opts(timeout) + ");"));
      case SWITCH_FRAME -> code.line("// Now in " + Literals.comment(describeFrames(s.frames()))
          + "; each step names its own frames.");
      case SWITCH_PAGE -> {
        String other = plan.pageIds.get(s.value());
        if (other == null) {
          fixme(s, code, "it switches to page '" + s.value() + "', which no earlier enabled step opens");
        } else {
          code.line("await " + other + ".bringToFront();");
        }
      }
      case CLOSE_PAGE -> code.line("await " + page + ".close();");
      case DIALOG -> dialog(s, code, page);
      case WAIT -> waitStep(s, code, page, timeout);
      case ASSERT -> assertion(s, code, page, timeout);
      case WARNING -> {
        String text = s.value() == null ? "the recorder could not see part of this test" : s.value();
        code.line("// Recording gap: " + Literals.comment(text));
        code.line("test.info().annotations.push({ type: 'warning', description: " + Literals.js(text) + " });");
        if (reporting) {
          plan.note(s, "recording gap: " + text);
        }
      }
    }
  }

  private void elementAction(Step s, Code code, String page, String method, String arg, Integer timeout) {
    withTarget(s, code, page, l -> opener(s, code, page,
        "await " + l + "." + method + "(" + arg + (arg.isEmpty() ? optsOnly(timeout) : opts(timeout)) + ");"));
  }

  private void withTarget(Step s, Code code, String page, java.util.function.Consumer<String> use) {
    Optional<String> l = locator(s, page, s.target());
    if (l.isEmpty()) {
      fixme(s, code, "none of its locators can be expressed in Playwright ("
          + (s.target() == null ? "no target" : s.target().describe()) + ")");
    } else {
      use.accept(l.get());
    }
  }

  /** The statement, wrapped in a popup wait when the step opens a page. */
  private void opener(Step s, Code code, String page, String statement) {
    String popup = s.opens() == null ? null : plan.pageIds.get(s.opens());
    if (popup == null || !s.isEnabled()) {
      code.line(statement);
      return;
    }
    String promise = plan.names.allocate(popup + "Promise", "");
    code.line("const " + promise + " = " + page + ".waitForEvent('popup');");
    code.line(statement);
    code.line("const " + popup + " = await " + promise + ";");
  }

  private void dialog(Step s, Code code, String page) {
    var d = s.dialog();
    String answer = d.accept()
        ? "dialog.accept(" + (d.promptText() == null ? "" : expr(d.promptText())) + ")"
        : "dialog.dismiss()";
    if (d.message() == null) {
      code.line(page + ".once('dialog', dialog => " + answer + ");");
    } else {
      code.open(page + ".once('dialog', async dialog => {");
      code.line("expect.soft(dialog.message()).toBe(" + expr(d.message()) + ");");
      code.line("await " + answer + ";");
      code.close("});");
    }
  }

  private void waitStep(Step s, Code code, String page, Integer timeout) {
    if (s.target() != null) {
      withTarget(s, code, page, l -> code.line("await expect(" + l + ").toBeVisible(" + optsOnly(timeout) + ");"));
    } else if (DIGITS.matcher(s.value().trim()).matches()) {
      code.line("await " + page + ".waitForTimeout(" + s.value().trim() + ");");
    } else if (!s.frames().isEmpty()) {
      fixme(s, code, "it waits for a JavaScript condition inside a frame");
    } else {
      code.line("await " + page + ".waitForFunction(" + expr(s.value())
          + (timeout == null ? "" : ", undefined, { timeout: " + timeout + " }") + ");");
    }
  }

  private void assertion(Step s, Code code, String page, Integer timeout) {
    Assertion a = s.assertion();
    String expect = s.effectiveOptions().isContinueOnFailure() ? "expect.soft" : "expect";
    String expected = a.expected() == null ? "" : a.expected();
    MatchMode match = a.matchMode();
    switch (a.kind()) {
      case URL, TITLE -> {
        String method = a.kind() == com.argus.engine.spec.AssertionKind.URL ? "toHaveURL" : "toHaveTitle";
        String arg = match == MatchMode.EQUALS ? expr(expected) : regex(expected, match);
        code.line("await " + expect + "(" + page + ")." + method + "(" + arg + opts(timeout) + ");");
      }
      default -> withTarget(s, code, page, l -> {
        String call = switch (a.kind()) {
          case VISIBLE -> "toBeVisible(" + optsOnly(timeout);
          case HIDDEN -> "toBeHidden(" + optsOnly(timeout);
          case TEXT -> switch (match) {
            case EQUALS -> "toHaveText(" + expr(expected) + opts(timeout);
            case CONTAINS -> "toContainText(" + expr(expected) + opts(timeout);
            case MATCHES -> "toHaveText(" + regex(expected, match) + opts(timeout);
          };
          case VALUE -> "toHaveValue(" + (match == MatchMode.EQUALS ? expr(expected) : regex(expected, match)) + opts(timeout);
          case CHECKED -> ("false".equalsIgnoreCase(expected.trim()) ? "not.toBeChecked(" : "toBeChecked(") + optsOnly(timeout);
          case COUNT -> "toHaveCount(" + count(expected) + opts(timeout);
          case ATTRIBUTE -> "toHaveAttribute(" + Literals.js(a.attribute()) + ", "
              + (match == MatchMode.EQUALS ? expr(expected) : regex(expected, match)) + opts(timeout);
          default -> throw new IllegalStateException(a.kind().toString());
        };
        code.line("await " + expect + "(" + l + ")." + call + ");");
      });
    }
  }

  private String count(String expected) {
    ValueParts parts = plan.parts(expected);
    if (parts.isLiteral() && DIGITS.matcher(expected.trim()).matches()) {
      return expected.trim();
    }
    return "Number(" + expr(expected) + ")";
  }

  /** A regex for a contains (quoted text) or matches (pattern) comparison. */
  private String regex(String expected, MatchMode match) {
    ValueParts parts = plan.parts(expected);
    if (parts.isLiteral()) {
      return Regexes.jsLiteral(match == MatchMode.MATCHES ? expected : Regexes.quote(expected));
    }
    if (match == MatchMode.MATCHES) {
      return "new RegExp(" + expr(expected) + ")";
    }
    needsEscapeRegExp = true;
    return "new RegExp(escapeRegExp(" + expr(expected) + "))";
  }

  private String uploadPath(String value) {
    needsPath = true;
    SpecPlan.Upload upload = plan.uploads.get(value);
    String arg = upload == null ? expr(value) : Literals.js(upload.exportedPath());
    return "path.resolve(__dirname, " + arg + ")";
  }

  private Optional<String> locator(Step s, String page, Target target) {
    return PwLocator.choose(target, plan.testIdAttribute).map(l -> {
      StringBuilder out = new StringBuilder(page);
      for (FrameRef f : s.frames()) {
        out.append(".frameLocator(").append(Literals.js(f.iframeSelector())).append(')');
      }
      out.append('.').append(l.method()).append('(').append(Literals.js(l.value()));
      List<String> options = new ArrayList<>();
      if (l.isRole() && l.name() != null) {
        options.add("name: " + Literals.js(l.name()));
      }
      if (l.exact()) {
        options.add("exact: true");
      }
      if (!options.isEmpty()) {
        out.append(", { ").append(String.join(", ", options)).append(" }");
      }
      return out.append(')').toString();
    });
  }

  private void fixme(Step s, Code code, String reason) {
    String message = "Argus could not export step '" + s.id() + "': " + reason;
    code.line("test.fixme(true, " + Literals.js(message) + ");");
    if (reporting) {
      plan.unsupported(s, reason);
    }
  }

  /** A value with its {@code ${name}} references as variables or row cells, joined with +. */
  /** One option as a string, several (a multiple select) as an array. */
  private String options(String value) {
    if (!SelectOptions.isMultiple(value)) {
      return expr(value);
    }
    return "[" + SelectOptions.split(value).stream().map(this::expr).collect(Collectors.joining(", ")) + "]";
  }

  String expr(String value) {
    List<String> pieces = new ArrayList<>();
    for (ValueParts.Part p : plan.parts(value).parts()) {
      if (!p.isReference()) {
        pieces.add(Literals.js(p.text()));
      } else if (plan.isColumn(p.reference())) {
        pieces.add(IDENTIFIER.matcher(p.reference()).matches() ? "row." + p.reference() : "row[" + Literals.js(p.reference()) + "]");
      } else {
        pieces.add(plan.variableIds.get(p.reference()));
      }
    }
    return String.join(" + ", pieces);
  }

  private static String key(String column) {
    return IDENTIFIER.matcher(column).matches() ? column : Literals.js(column);
  }

  private static String opts(Integer timeout) {
    return timeout == null ? "" : ", { timeout: " + timeout + " }";
  }

  private static String optsOnly(Integer timeout) {
    return timeout == null ? "" : "{ timeout: " + timeout + " }";
  }

  private static String options(List<String> fixed, Integer timeout) {
    List<String> all = new ArrayList<>(fixed);
    if (timeout != null) {
      all.add("timeout: " + timeout);
    }
    return "{ " + String.join(", ", all) + " }";
  }

  static String describeFrames(List<FrameRef> frames) {
    return frames.isEmpty() ? "the page" : String.join(" › ", frames.stream().map(FrameRef::describe).toList());
  }
}
