package com.argus.engine.export;

import com.argus.engine.export.Operation.Check;
import com.argus.engine.export.Operation.Element;
import com.argus.engine.export.Operation.Expected;
import com.argus.engine.export.Operation.Popup;
import com.argus.engine.export.Operation.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the {@code test(...)} block of one spec as Playwright Test TypeScript: the operations
 * {@link StepWalker} decides, one statement each, named steps as {@code test.step}, every recorded
 * string through {@link Literals#js}.
 *
 * <p>Not thread-safe; one per spec.
 */
final class TsTestWriter implements Operation.Renderer {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final String PROTO = "__proto__";

  private final SpecPlan plan;
  private final StepWalker walker;
  boolean needsPath;
  boolean needsSecret;
  boolean needsEscapeRegExp;

  TsTestWriter(SpecPlan plan) {
    this.plan = plan;
    this.walker = new StepWalker(plan, ExportFormat.PLAYWRIGHT_TS);
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
    List<StepWalker.Declaration> declarations = walker.declarations();
    for (StepWalker.Declaration d : declarations) {
      if (d.secretName() != null) {
        needsSecret = true;
        code.line("const " + d.id() + " = secret(" + Literals.js(d.secretName()) + ");");
      } else {
        code.line("const " + d.id() + " = " + Literals.js(d.value()) + ";");
      }
    }
    if (!declarations.isEmpty()) {
      code.blank();
    }
    for (StepWalker.WalkedStep s : walker.steps()) {
      step(s, code);
    }
  }

  private void step(StepWalker.WalkedStep s, Code code) {
    if (!s.enabled()) {
      code.line("// Disabled in the spec: " + Literals.comment(s.title()));
      Code shown = new Code(code.level());
      s.operations().forEach(op -> render(op, shown));
      code.appendCommented(shown);
      return;
    }
    // A test.step callback would hide the popup's variable from later steps: a comment instead.
    if (s.name() != null && !s.opensPage()) {
      code.open("await test.step(" + Literals.js(s.name()) + ", async () => {");
      s.operations().forEach(op -> render(op, code));
      code.close("});");
    } else {
      if (s.name() != null) {
        code.line("// " + Literals.comment(s.name()));
      }
      s.operations().forEach(op -> render(op, code));
    }
  }

  void render(Operation op, Code code) {
    op.renderWith(this, code);
  }

  @Override
  public void navigate(Operation.Navigate o, Code code) {
    code.line("await " + o.page() + ".goto(" + expr(o.url()) + opts(o.timeout()) + ");");
  }

  @Override
  public void pageHistory(Operation.PageHistory o, Code code) {
    code.line("await " + o.page() + "." + o.method() + "(" + optsOnly(o.timeout()) + ");");
  }

  @Override
  public void elementCall(Operation.ElementCall o, Code code) {
    opener(o.popup(), o.target().page(), code, "await " + locator(o.target()) + "." + o.method() + "("
        + (o.argument() == null ? optsOnly(o.timeout()) : expr(o.argument()) + opts(o.timeout())) + ");");
  }

  @Override
  public void selectOption(Operation.SelectOption o, Code code) {
    String options = o.multiple()
        ? "[" + o.options().stream().map(this::expr).collect(Collectors.joining(", ")) + "]"
        : expr(o.options().get(0));
    opener(o.popup(), o.target().page(), code,
        "await " + locator(o.target()) + ".selectOption(" + options + opts(o.timeout()) + ");");
  }

  @Override
  public void rightClick(Operation.RightClick o, Code code) {
    opener(o.popup(), o.target().page(), code,
        "await " + locator(o.target()) + ".click(" + options(List.of("button: 'right'"), o.timeout()) + ");");
  }

  @Override
  public void keyboardPress(Operation.KeyboardPress o, Code code) {
    code.line("await " + o.page() + ".keyboard.press(" + expr(o.key()) + ");");
  }

  @Override
  public void dragTo(Operation.DragTo o, Code code) {
    opener(o.popup(), o.from().page(), code,
        "await " + locator(o.from()) + ".dragTo(" + locator(o.to()) + opts(o.timeout()) + ");");
  }

  @Override
  public void setInputFiles(Operation.SetInputFiles o, Code code) {
    needsPath = true;
    code.line("await " + locator(o.target()) + ".setInputFiles(path.resolve(__dirname, " + expr(o.path()) + ")"
        + opts(o.timeout()) + ");");
  }

  @Override
  public void frameNote(Operation.FrameNote o, Code code) {
    code.line("// Now in " + Literals.comment(o.frames()) + "; each step names its own frames.");
  }

  @Override
  public void bringToFront(Operation.BringToFront o, Code code) {
    code.line("await " + o.page() + ".bringToFront();");
  }

  @Override
  public void closePage(Operation.ClosePage o, Code code) {
    code.line("await " + o.page() + ".close();");
  }

  @Override
  public void handleDialog(Operation.HandleDialog d, Code code) {
    String answer = d.accept()
        ? "dialog.accept(" + (d.promptText() == null ? "" : expr(d.promptText())) + ")"
        : "dialog.dismiss()";
    if (d.message() == null) {
      code.line(d.page() + ".once('dialog', dialog => " + answer + ");");
    } else {
      code.open(d.page() + ".once('dialog', async dialog => {");
      code.line("expect.soft(dialog.message()).toBe(" + expr(d.message()) + ");");
      code.line("await " + answer + ";");
      code.close("});");
    }
  }

  @Override
  public void waitForTimeout(Operation.WaitForTimeout o, Code code) {
    code.line("await " + o.page() + ".waitForTimeout(" + o.millis() + ");");
  }

  @Override
  public void waitForFunction(Operation.WaitForFunction o, Code code) {
    code.line("await " + o.page() + ".waitForFunction(" + expr(o.script())
        + (o.timeout() == null ? "" : ", undefined, { timeout: " + o.timeout() + " }") + ");");
  }

  @Override
  public void expectPage(Operation.ExpectPage o, Code code) {
    String method = o.check() == Operation.PageCheck.URL ? "toHaveURL" : "toHaveTitle";
    code.line("await " + expect(o.soft()) + "(" + o.page() + ")." + method + "(" + expected(o.expected())
        + opts(o.timeout()) + ");");
  }

  @Override
  public void expectElement(Operation.ExpectElement o, Code code) {
    code.line("await " + expect(o.soft()) + "(" + locator(o.target()) + ")." + matcher(o.check(), o.timeout()) + ");");
  }

  @Override
  public void recordingGap(Operation.RecordingGap o, Code code) {
    code.line("// Recording gap: " + Literals.comment(o.text()));
    code.line("test.info().annotations.push({ type: 'warning', description: " + Literals.js(o.text()) + " });");
  }

  @Override
  public void unsupported(Operation.Unsupported o, Code code) {
    code.line("test.fixme(true, " + Literals.js(o.message()) + ");");
  }

  /** The statement, after starting to wait for the popup it opens, when it opens one. */
  private static void opener(Popup popup, String page, Code code, String statement) {
    if (popup == null) {
      code.line(statement);
      return;
    }
    code.line("const " + popup.promise() + " = " + page + ".waitForEvent('popup');");
    code.line(statement);
    code.line("const " + popup.page() + " = await " + popup.promise() + ";");
  }

  private static String expect(boolean soft) {
    return soft ? "expect.soft" : "expect";
  }

  /** The matcher call up to, not including, its closing parenthesis. */
  private String matcher(Check check, Integer timeout) {
    return check.match(new Check.Cases<>() {
      @Override
      public String visible() {
        return "toBeVisible(" + optsOnly(timeout);
      }

      @Override
      public String hidden() {
        return "toBeHidden(" + optsOnly(timeout);
      }

      @Override
      public String hasText(Expected expected) {
        return "toHaveText(" + expected(expected) + opts(timeout);
      }

      @Override
      public String containsText(Value expected) {
        return "toContainText(" + expr(expected) + opts(timeout);
      }

      @Override
      public String hasValue(Expected expected) {
        return "toHaveValue(" + expected(expected) + opts(timeout);
      }

      @Override
      public String checked(boolean checked) {
        return (checked ? "toBeChecked(" : "not.toBeChecked(") + optsOnly(timeout);
      }

      @Override
      public String hasCount(Operation.Count expected) {
        return "toHaveCount(" + (expected.digits() != null ? expected.digits() : "Number(" + expr(expected.value()) + ")")
            + opts(timeout);
      }

      @Override
      public String hasAttribute(String name, Expected expected) {
        return "toHaveAttribute(" + Literals.js(name) + ", " + expected(expected) + opts(timeout);
      }
    });
  }

  private String expected(Expected expected) {
    return expected.match(
        exactly -> expr(exactly.value()),
        regex -> Regexes.jsLiteral(regex.source()),
        regexOf -> {
          if (!regexOf.quote()) {
            return "new RegExp(" + expr(regexOf.value()) + ")";
          }
          needsEscapeRegExp = true;
          return "new RegExp(escapeRegExp(" + expr(regexOf.value()) + "))";
        });
  }

  private static String locator(Element e) {
    PwLocator l = e.locator();
    StringBuilder out = new StringBuilder(e.page());
    for (String frame : e.frameSelectors()) {
      out.append(".frameLocator(").append(Literals.js(frame)).append(')');
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
  }

  /** A recorded string with its {@code ${name}} references as variables or row cells. */
  String expr(String value) {
    return expr(walker.value(value));
  }

  private String expr(Value value) {
    return value.pieces().stream()
        .map(p -> p.<String>match(Literals::js,
            column -> isPlainKey(column) ? "row." + column : "row[" + Literals.js(column) + "]",
            variable -> variable))
        .collect(Collectors.joining(" + "));
  }

  /**
   * A row's key in its object literal. {@code __proto__}, quoted or not, would set the row's
   * prototype instead of a cell; only a computed key makes it an ordinary property.
   */
  private static String key(String column) {
    if (column.equals(PROTO)) {
      return "[" + Literals.js(column) + "]";
    }
    return isPlainKey(column) ? column : Literals.js(column);
  }

  /** Whether a column reads as {@code row.name}: an identifier, and not the prototype's accessor. */
  private static boolean isPlainKey(String column) {
    return IDENTIFIER.matcher(column).matches() && !column.equals(PROTO);
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
}
