package com.argus.engine.export;

import com.argus.engine.export.Operation.Check;
import com.argus.engine.export.Operation.Element;
import com.argus.engine.export.Operation.Expected;
import com.argus.engine.export.Operation.Popup;
import com.argus.engine.export.Operation.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the test method of one spec as JUnit 5 + Playwright-java: the operations {@link
 * StepWalker} decides, one statement each, step names as comments, web-first {@code
 * PlaywrightAssertions.assertThat}, every recorded string through {@link Literals#java}.
 *
 * <p>Not thread-safe; one per spec.
 */
final class JavaTestWriter implements Operation.Renderer {
  private final SpecPlan plan;
  private final StepWalker walker;
  final Set<String> imports = new TreeSet<>();
  boolean needsSecret;
  boolean needsFile;

  JavaTestWriter(SpecPlan plan) {
    this.plan = plan;
    this.walker = new StepWalker(plan, ExportFormat.PLAYWRIGHT_JAVA);
  }

  /** The test method (and, for data rows, its row source), indented for a class body. */
  String write() {
    Code code = new Code(1);
    String method = Names.camel(plan.specName(), false);
    if (plan.data.isEmpty()) {
      imports.add("org.junit.jupiter.api.Test");
      imports.add("org.junit.jupiter.api.DisplayName");
      code.line("@Test");
      code.line("@DisplayName(" + Literals.java(plan.specName()) + ")");
      code.open("void " + method + "() {");
    } else {
      imports.add("org.junit.jupiter.params.ParameterizedTest");
      imports.add("org.junit.jupiter.params.provider.MethodSource");
      imports.add("org.junit.jupiter.api.DisplayName");
      imports.add("java.util.LinkedHashMap");
      imports.add("java.util.Map");
      imports.add("java.util.stream.Stream");
      code.open("static Stream<Map<String, String>> rows() {");
      code.line("return Stream.of(");
      List<Map<String, String>> rows = plan.data.rows();
      for (int i = 0; i < rows.size(); i++) {
        List<String> cells = new ArrayList<>();
        rows.get(i).forEach((k, v) -> {
          cells.add(Literals.java(k));
          cells.add(Literals.java(v));
        });
        code.line("    row(" + String.join(", ", cells) + ")" + (i + 1 < rows.size() ? "," : ");"));
      }
      code.close("}");
      code.blank();
      code.line("@ParameterizedTest(name = \"row {index}\")");
      code.line("@MethodSource(\"rows\")");
      code.line("@DisplayName(" + Literals.java(plan.specName()) + ")");
      code.open("void " + method + "(Map<String, String> row) {");
    }
    body(code);
    code.close("}");
    return code.toString();
  }

  private void body(Code code) {
    List<StepWalker.Declaration> declarations = walker.declarations();
    for (StepWalker.Declaration d : declarations) {
      if (d.secretName() != null) {
        needsSecret = true;
        code.line("String " + d.id() + " = secret(" + Literals.java(d.secretName()) + ");");
      } else {
        code.line("String " + d.id() + " = " + Literals.java(d.value()) + ";");
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
    if (s.name() != null) {
      code.line("// " + Literals.comment(s.name()));
    }
    s.operations().forEach(op -> render(op, code));
  }

  void render(Operation op, Code code) {
    op.renderWith(this, code);
  }

  @Override
  public void navigate(Operation.Navigate o, Code code) {
    code.line(o.page() + ".navigate(" + expr(o.url()) + opts("Page.NavigateOptions", o.timeout()) + ");");
  }

  @Override
  public void pageHistory(Operation.PageHistory o, Code code) {
    code.line(o.page() + "." + o.method() + "(" + optsOnly("Page." + capitalized(o.method()) + "Options", o.timeout())
        + ");");
  }

  @Override
  public void elementCall(Operation.ElementCall o, Code code) {
    String options = "Locator." + capitalized(o.method()) + "Options";
    opener(o.popup(), o.target().page(), code, locator(o.target()) + "." + o.method() + "("
        + (o.argument() == null ? optsOnly(options, o.timeout()) : expr(o.argument()) + opts(options, o.timeout()))
        + ");");
  }

  @Override
  public void selectOption(Operation.SelectOption o, Code code) {
    String options = o.multiple()
        ? "new String[] {" + o.options().stream().map(this::expr).collect(Collectors.joining(", ")) + "}"
        : expr(o.options().get(0));
    opener(o.popup(), o.target().page(), code, locator(o.target()) + ".selectOption(" + options
        + opts("Locator.SelectOptionOptions", o.timeout()) + ");");
  }

  @Override
  public void rightClick(Operation.RightClick o, Code code) {
    imports.add("com.microsoft.playwright.options.MouseButton");
    imports.add("com.microsoft.playwright.Locator");
    opener(o.popup(), o.target().page(), code, locator(o.target())
        + ".click(new Locator.ClickOptions().setButton(MouseButton.RIGHT)"
        + (o.timeout() == null ? "" : ".setTimeout(" + o.timeout() + ")") + ");");
  }

  @Override
  public void keyboardPress(Operation.KeyboardPress o, Code code) {
    code.line(o.page() + ".keyboard().press(" + expr(o.key()) + ");");
  }

  @Override
  public void dragTo(Operation.DragTo o, Code code) {
    opener(o.popup(), o.from().page(), code, locator(o.from()) + ".dragTo(" + locator(o.to())
        + opts("Locator.DragToOptions", o.timeout()) + ");");
  }

  @Override
  public void setInputFiles(Operation.SetInputFiles o, Code code) {
    needsFile = true;
    code.line(locator(o.target()) + ".setInputFiles(file(" + expr(o.path()) + ")"
        + opts("Locator.SetInputFilesOptions", o.timeout()) + ");");
  }

  @Override
  public void frameNote(Operation.FrameNote o, Code code) {
    code.line("// Now in " + Literals.comment(o.frames()) + "; each step names its own frames.");
  }

  @Override
  public void bringToFront(Operation.BringToFront o, Code code) {
    code.line(o.page() + ".bringToFront();");
  }

  @Override
  public void closePage(Operation.ClosePage o, Code code) {
    code.line(o.page() + ".close();");
  }

  @Override
  public void handleDialog(Operation.HandleDialog d, Code code) {
    String answer = d.accept()
        ? "dialog.accept(" + (d.promptText() == null ? "" : expr(d.promptText())) + ");"
        : "dialog.dismiss();";
    if (d.message() == null) {
      code.line(d.page() + ".onceDialog(dialog -> " + answer.substring(0, answer.length() - 1) + ");");
      return;
    }
    code.open(d.page() + ".onceDialog(dialog -> {");
    // Answered first: a failed check must not leave the page blocked by its dialog.
    code.line(answer);
    imports.add("static org.junit.jupiter.api.Assertions.assertEquals");
    code.line("assertEquals(" + expr(d.message()) + ", dialog.message(), \"dialog message\");");
    code.close("});");
  }

  @Override
  public void waitForTimeout(Operation.WaitForTimeout o, Code code) {
    code.line(o.page() + ".waitForTimeout(" + o.millis() + ");");
  }

  @Override
  public void waitForFunction(Operation.WaitForFunction o, Code code) {
    if (o.timeout() == null) {
      code.line(o.page() + ".waitForFunction(" + expr(o.script()) + ");");
    } else {
      code.line(o.page() + ".waitForFunction(" + expr(o.script())
          + ", null, new Page.WaitForFunctionOptions().setTimeout(" + o.timeout() + "));");
    }
  }

  @Override
  public void expectPage(Operation.ExpectPage o, Code code) {
    String method = o.check() == Operation.PageCheck.URL ? "hasURL" : "hasTitle";
    assertLine(code, o.page(), method, expected(o.expected()), o.timeout(), "PageAssertions");
  }

  @Override
  public void expectElement(Operation.ExpectElement o, Code code) {
    String l = locator(o.target());
    Integer timeout = o.timeout();
    String owner = "LocatorAssertions";
    o.check().match(new Check.Cases<Void>() {
      @Override
      public Void visible() {
        assertLine(code, l, "isVisible", "", timeout, owner);
        return null;
      }

      @Override
      public Void hidden() {
        assertLine(code, l, "isHidden", "", timeout, owner);
        return null;
      }

      @Override
      public Void hasText(Expected expected) {
        assertLine(code, l, "hasText", expected(expected), timeout, owner);
        return null;
      }

      @Override
      public Void containsText(Value expected) {
        assertLine(code, l, "containsText", expr(expected), timeout, owner);
        return null;
      }

      @Override
      public Void hasValue(Expected expected) {
        assertLine(code, l, "hasValue", expected(expected), timeout, owner);
        return null;
      }

      @Override
      public Void checked(boolean checked) {
        assertLine(code, l + (checked ? "" : ").not("), "isChecked", "", timeout, owner);
        return null;
      }

      @Override
      public Void hasCount(Operation.Count expected) {
        assertLine(code, l, "hasCount", expected.digits() != null
            ? expected.digits() : "Integer.parseInt(" + expr(expected.value()) + ")", timeout, owner);
        return null;
      }

      @Override
      public Void hasAttribute(String name, Expected expected) {
        assertLine(code, l, "hasAttribute", Literals.java(name) + ", " + expected(expected), timeout, owner);
        return null;
      }
    });
  }

  @Override
  public void recordingGap(Operation.RecordingGap o, Code code) {
    code.line("// Recording gap: " + Literals.comment(o.text()));
  }

  @Override
  public void unsupported(Operation.Unsupported o, Code code) {
    imports.add("org.junit.jupiter.api.Assumptions");
    code.line("Assumptions.abort(" + Literals.java(o.message()) + ");");
  }

  /** The statement, wrapped in {@code waitForPopup} when it opens a page. */
  private void opener(Popup popup, String page, Code code, String statement) {
    if (popup == null) {
      code.line(statement);
      return;
    }
    imports.add("com.microsoft.playwright.Page");
    code.open("Page " + popup.page() + " = " + page + ".waitForPopup(() -> {");
    code.line(statement);
    code.close("});");
  }

  /** {@code assertThat(subject).method(args[, new XxxAssertions.MethodOptions().setTimeout(n)]);} */
  private void assertLine(Code code, String subject, String method, String args, Integer timeout, String owner) {
    imports.add("static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat");
    String options = "";
    if (timeout != null) {
      String type = (method.equals("hasURL") ? "HasURL" : capitalized(method)) + "Options";
      imports.add("com.microsoft.playwright.assertions." + owner);
      options = (args.isEmpty() ? "" : ", ") + "new " + owner + "." + type + "().setTimeout(" + timeout + ")";
    }
    code.line("assertThat(" + subject + ")." + method + "(" + args + options + ");");
  }

  private String expected(Expected expected) {
    return expected.match(
        exactly -> expr(exactly.value()),
        regex -> {
          imports.add("java.util.regex.Pattern");
          return "Pattern.compile(" + Literals.java(regex.source()) + ")";
        },
        regexOf -> {
          imports.add("java.util.regex.Pattern");
          return regexOf.quote()
              ? "Pattern.compile(Pattern.quote(" + expr(regexOf.value()) + "))"
              : "Pattern.compile(" + expr(regexOf.value()) + ")";
        });
  }

  private String locator(Element e) {
    PwLocator l = e.locator();
    StringBuilder out = new StringBuilder(e.page());
    for (String frame : e.frameSelectors()) {
      out.append(".frameLocator(").append(Literals.java(frame)).append(')');
    }
    String receiver = e.frameSelectors().isEmpty() ? "Page" : "FrameLocator";
    out.append('.').append(l.method()).append('(');
    if (l.isRole()) {
      imports.add("com.microsoft.playwright.options.AriaRole");
      out.append("AriaRole.").append(l.ariaRoleConstant());
    } else {
      out.append(Literals.java(l.value()));
    }
    StringBuilder options = new StringBuilder();
    if (l.isRole() && l.name() != null) {
      options.append(".setName(").append(Literals.java(l.name())).append(')');
    }
    if (l.exact()) {
      options.append(".setExact(true)");
    }
    if (options.length() > 0) {
      if (receiver.equals("FrameLocator")) {
        imports.add("com.microsoft.playwright.FrameLocator");
      }
      out.append(", new ").append(receiver).append('.').append(capitalized(l.method())).append("Options()")
          .append(options);
    }
    return out.append(')').toString();
  }

  private String expr(Value value) {
    return value.pieces().stream()
        .map(p -> p.<String>match(Literals::java, column -> "row.get(" + Literals.java(column) + ")", variable -> variable))
        .collect(Collectors.joining(" + "));
  }

  private String opts(String type, Integer timeout) {
    return timeout == null ? "" : ", " + optsOnly(type, timeout);
  }

  private String optsOnly(String type, Integer timeout) {
    if (timeout == null) {
      return "";
    }
    if (type.startsWith("Locator.")) {
      imports.add("com.microsoft.playwright.Locator");
    }
    return "new " + type + "().setTimeout(" + timeout + ")";
  }

  private static String capitalized(String method) {
    return Character.toUpperCase(method.charAt(0)) + method.substring(1);
  }
}
